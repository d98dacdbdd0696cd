<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About JD Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job descriptions, kept offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put these details on the clipboard, for a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free to use, copy, change and pass on, also commercially, as long as the copyright and licence notice go with it. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(still opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (PySide6 {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSectionCommand</name>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>JD Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside JD Editor. Your unsaved changes were kept as a draft. Please report this, with the log file {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksActions</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding dismissed. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed since it was checked; check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>The whole posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, item {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this finding go, giving a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text with the suggested wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run; the log file says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a posting to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s) run.</source>
        <translation>
            <numerusform>%Ln rule run.</numerusform>
            <numerusform>%Ln rules run.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Show only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectActions</name>
    <message>
        <source>Connect to a &amp;Team Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library shared on a PostgreSQL database server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Team Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team shares one library on a PostgreSQL server. Ask the server&apos;s administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the keyring or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer (encrypt when the server can)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require (always encrypt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable (never encrypt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password keyring, so the password cannot be remembered: you are asked for it each time (or put it in ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate Library Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: a JD Editor library with %Ln posting(s).</source>
        <translation>
            <numerusform>Connected: a JD Editor library with %Ln posting.</numerusform>
            <numerusform>Connected: a JD Editor library with %Ln postings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but this database holds no JD Editor library yet. You may create one here (Create Library Here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but this database holds no JD Editor library, and you may not create one. Ask the administrator to run `jdeditor db init` with this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer. Check the server name and port, and that the server is running and lets this computer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database of that name. Check it, or ask the administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds other tables: it is not a JD Editor library. Choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletePostingCommand</name>
    <message>
        <source>Move “{0}” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved, renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this not apply? The reason is kept with the posting, and the finding does not come back while the text stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The role is a women&apos;s health counsellor, a genuine requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DismissFindingCommand</name>
    <message>
        <source>Dismiss finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Editor was closed without saving “{0}” (last change {1}). Recover those changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The posting has no title: enter a job title before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is {length} characters long; shorten it to at most {limit} characters (put the rest in the summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount cannot be negative: enter 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum salary must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum salary must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum salary {amount} has more than two decimal places: round it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum salary {amount} has more than two decimal places: round it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum salary ({minimum}) is greater than the maximum ({maximum}): swap them or correct one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a currency for the salary (e.g. CNY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is empty: remove it or give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the library {name} is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {name} was written by a newer version of JD Editor; this version cannot read it and has not changed it. Update JD Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {name} is locked by another program (another JD Editor or a database tool is writing to it). Close that program or wait a moment, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library at {name} needs a password, and none is remembered. Connect with File › Connect to a Team Library… and type it, or put it in libpq&apos;s password file (~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {name} is read-only. Make the file writable (its properties), or copy the library somewhere you can write; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {name} is in a read-only folder ({folder}): JD Editor needs to write beside the library. Make the folder writable, or copy the library to a folder you can write to; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {name} cannot be opened: the folder {folder} does not exist (a drive that is not connected, or a folder moved or renamed). Connect the drive or choose the library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {name} cannot be opened: the file is not accessible. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {name} is damaged or is not a database file, so it cannot be read. Restore it from a backup, or choose another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a database, but not a JD Editor library (it has other tables). Choose another file, or make a new library with File › New Library….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no JD Editor library (it is empty). Choose another file, or make a new library with File › New Library….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at {name}. Check the path, or make a new library there with File › New Library….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library at {name} cannot be reached: is the database server running and the address right? Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library at {name} refused the user name or password. Check them in the address (or the password file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library at {name} cannot be opened: the server has no such database. Check the database name in the address, or ask the server&apos;s administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library at {name} refused: the user in the address lacks the rights JD Editor needs ({reason}). Ask the server&apos;s administrator for them (the first open, and an update of JD Editor, need the right to create and change tables); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password keyring that JD Editor can use ({detail}). The password is not remembered: you are asked for it each time, or put it in libpq&apos;s password file (~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {name} holds {postings} postings but no schema version, and its tables match no JD Editor schema ({details}). It was probably left half-made by a crash of an older version. It has not been changed: restore it from a backup, or ask for help with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} does not exist or is not a file. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} is not a sound JD Editor library, so it was not restored ({problems}). Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore {name} from the backup: {reason}. Check that the folder is writable and has space; the library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the library {name} to {target}: {reason}. Free some disk space or make the folder writable, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder. Give the path of a library file, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no such file. Check the name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder: choose the files inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB, larger than any JD Editor file should be (the limit for JSON files is {limit} MB). Nothing was imported. Export the library in parts (by department or tag), or check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a PDF file. JD Editor imports text and Word files: copy the text out of the PDF into a .txt file (or paste it into the editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an old Word 97-2003 (.doc) file, not a .docx file. Open it in Word or WPS and save it as a Word Document (.docx), then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected with a password, so JD Editor cannot read it. Open it in Word, remove the password, save it, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as a Word document. Open it in Word or WPS (which can often repair it), save it again as .docx, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not look like a text file. JD Editor imports .txt, .md and .docx files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder {name} for the library: {reason}. Choose a writable place for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export writes the saved posting. Save your changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln file(s) to {0}.</source>
        <translation>
            <numerusform>Exported %Ln file to {0}.</numerusform>
            <numerusform>Exported %Ln files to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln posting(s) in the library</source>
        <translation>
            <numerusform>The %Ln posting in the library</numerusform>
            <numerusform>All %Ln postings in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln posting(s) in the list</source>
        <translation>
            <numerusform>The %Ln posting in the list</numerusform>
            <numerusform>The %Ln postings in the list</numerusform>
        </translation>
    </message>
    <message>
        <source>This posting: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This posting (none is open and saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (.pdf, made with LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.org JobPosting (.jsonld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Editor file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default for each posting&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per posting, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is a folder. Give a file name to save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {template} has words of its own in {template_language} (“{example}”), but “{title}” is in {posting_language}: the document mixes both languages. Choose a template for that language, or replace the template&apos;s words with labels such as {{{{ labels.export_date }}}}, which follow the posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {template} has words of its own in {template_language} (“{example}”), but {count} postings are in {posting_language}: their documents mix both languages. Choose a template for that language, or replace the template&apos;s words with labels such as {{{{ labels.export_date }}}}, which follow the posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export postings with errors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{postings} to export have {errors} that the checks found and nobody dismissed, such as a condition on applicants that the law forbids. Export anyway, or cancel and look at the findings first (View › Checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln posting</numerusform>
            <numerusform>%Ln postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved error(s)</source>
        <translation>
            <numerusform>%Ln unresolved error</numerusform>
            <numerusform>%Ln unresolved errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) written into “{0}”, which also holds other files:</source>
        <translation>
            <numerusform>%Ln file written into “{0}”, which also holds other files:</numerusform>
            <numerusform>%Ln files written into “{0}”, which also holds other files:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped; some files were written (see the message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesPanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every posting in this family one wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding families of similar statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) of statements worded in more than one way.</source>
        <translation>
            <numerusform>%Ln family of statements worded in more than one way.</numerusform>
            <numerusform>%Ln families of statements worded in more than one way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every statement of this kind is worded one way only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldedText</name>
    <message numerus="yes">
        <source>%Ln unchanged item(s) hidden</source>
        <translation>
            <numerusform>%Ln unchanged item hidden</numerusform>
            <numerusform>%Ln unchanged items hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged section(s) hidden</source>
        <translation>
            <numerusform>%Ln unchanged section hidden</numerusform>
            <numerusform>%Ln unchanged sections hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Job title, e.g. 高级产品经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salar&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short introduction to the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum salary is higher than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;With Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Two P&amp;ostings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved posting to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new posting has no history until it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be loaded; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Revisions: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved posting first, then compare it with another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare “{0}” with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Two Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the two postings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved “{0}” since you opened it, so nothing was restored. Open the posting again to see their version, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting already reads as revision {0}: nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored revision {0} as revision {1}. Undo (Ctrl+Z) brings back the form as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Restoring revision {1} replaces them in the form; Undo (Ctrl+Z) brings them back. Restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new posting from a copy of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New posting #{0} copied from #{1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored revision {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied from #{0} «{1}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as a copy after a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} set on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicated from #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with C&amp;urrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved posting to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revision</numerusform>
            <numerusform>%Ln revisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read postings from text, Word or JD Editor files (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a posting from a job board or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drop to read %Ln file(s) or folder(s) and review them.</source>
        <translation>
            <numerusform>Drop to read %Ln file or folder and review it.</numerusform>
            <numerusform>Drop to read %Ln files or folders and review them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings (*.txt *.md *.docx *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln file(s)…</source>
        <translation>
            <numerusform>Reading %Ln file…</numerusform>
            <numerusform>Reading %Ln files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no files JD Editor can import there (.txt, .md, .docx, .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading file {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postings were found in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln posting(s)…</source>
        <translation>
            <numerusform>Storing %Ln posting…</numerusform>
            <numerusform>Storing %Ln postings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln posting(s).</source>
        <translation>
            <numerusform>Imported %Ln posting.</numerusform>
            <numerusform>Imported %Ln postings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) were already in the library and were not imported again.</source>
        <translation>
            <numerusform>%Ln posting was already in the library and was not imported again.</numerusform>
            <numerusform>%Ln postings were already in the library and were not imported again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split at Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new posting at the line chosen in the source text (click a line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join this posting to the one above it (from the same file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;read File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the chosen posting&apos;s file again, with another encoding or separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Posting Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This posting was not read from lines of text, so it cannot be split or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at Line starts a new posting at line {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line of the source text to split the posting there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} found in the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} found in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln posting</numerusform>
            <numerusform>%Ln postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them already in the library: unticked.</source>
        <translation>
            <numerusform>%Ln of them is already in the library: unticked.</numerusform>
            <numerusform>%Ln of them are already in the library: unticked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick what to import; nothing is stored before Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Posting(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln Posting</numerusform>
            <numerusform>&amp;Import %Ln Postings</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot re-read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes made here? Nothing has been imported yet, and nothing will be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, line {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library already holds this posting (id {0}); it is not imported unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same posting came earlier in this import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <source>the list starts at {current} instead of 1: “{item}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbering jumps from {previous} to {current}: “{item}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {current} comes again after {previous}: “{item}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible scraping debris ({problem}) in “{context}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no duties (岗位职责) were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section headings were found; the list was taken as the duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list before the first heading was taken as the duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list without a heading was taken as the requirements, by what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item “{item}” is {length} characters long; it may be several items run together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item “{item}” appears twice (first on line {first_line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more items appear more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the salary “{value}” could not be read; it is kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stray apostrophe inside Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stray full stop inside Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run of underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWarningsPanel</name>
    <message>
        <source>What the importer noticed when it read the file. Check each one in the form, then dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot dismiss the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln import warning(s) from {0}</source>
        <translation>
            <numerusform>%Ln import warning from {0}</numerusform>
            <numerusform>%Ln import warnings from {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln import warning(s)</source>
        <translation>
            <numerusform>%Ln import warning</numerusform>
            <numerusform>%Ln import warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln more</source>
        <translation>
            <numerusform>Show %Ln more</numerusform>
            <numerusform>Show %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>Select this item in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have checked it: do not show this warning again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item is no longer in the posting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Paragraph: prose, not numbered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Editor will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>New &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} no longer exists (moved, renamed or on a drive that is not connected). It was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Editor libraries (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists. Choose another name for the new library, or open this one with File › Open Library….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is the library open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the damaged library with the backup of {0}? Changes made after that are not in the backup. The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryErrorDialog</name>
    <message>
        <source>The library is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder, not a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JD Editor library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is from a newer JD Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened: {0}. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no automatic backups of this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;backups of this library, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search titles and text (中文 or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only postings in which the checks found errors not dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to JD Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty. Create a posting, or import the job descriptions you already have from text, Word or JD Editor files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}+ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) in the trash</source>
        <translation>
            <numerusform>%Ln posting in the trash</numerusform>
            <numerusform>%Ln postings in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln posting</numerusform>
            <numerusform>%Ln postings</numerusform>
        </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineRoles</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an image JD Editor can read. Choose a PNG, JPEG, GIF or BMP file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JD Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a posting on the left, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About JD Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln posting(s).</source>
        <translation>
            <numerusform>Imported %Ln posting.</numerusform>
            <numerusform>Imported %Ln postings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered changes: save them with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSectionCommand</name>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFromTextDialog</name>
    <message>
        <source>New from Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the text of one or more postings, as copied from a job board, a web page or an e-mail. You will see what was found before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior Product Manager
Responsibilities:
1. …
Requirements:
1. …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: where it came from, e.g. a job board and a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OthersChanges</name>
    <message>
        <source>Someone else moved this posting to the trash or deleted it. Your text is still here: save it as a new posting (Duplicate) or copy what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this posting — your save will ask how to combine the two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this posting; it now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingEditor</name>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved error(s) found by the checks</source>
        <translation>
            <numerusform>%Ln unresolved error found by the checks</numerusform>
            <numerusform>%Ln unresolved errors found by the checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingPickerDialog</name>
    <message>
        <source>Search title, department, text…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingReviewPanel</name>
    <message>
        <source>Section heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line became:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: a JD Editor file; it has no source text to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, lines {1}–{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separator {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sections were found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time JD Editor starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Editor will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A salary entered in the form without a currency gets this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Star Technology Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send your CV to the address below, with the position in the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to &amp;apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates print these on every posting; how to apply and the e-mail only where a posting has no how-to-apply section of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for &amp;Chinese postings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for E&amp;nglish postings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder used last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File › Export… starts with these; you can still choose others there. Leave the folder empty to start in the folder used last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the library automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD Editor keeps copies of the library file; when there are more than this, the oldest go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail: “{0}” is not an e-mail address. Enter one such as hr@example.com, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default currency: enter a three-letter code such as CNY, USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder: {0} is not a folder. Choose one with Browse…, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferences could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>The Word template whose numbering the preview shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbering as in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the open posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default template ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” could not be printed: the printer did not start. Check that it is connected, or, when printing to a file, that its folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed “{0}” to {1} (%Ln page(s)).</source>
        <translation>
            <numerusform>Printed “{0}” to {1} (%Ln page).</numerusform>
            <numerusform>Printed “{0}” to {1} (%Ln pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent “{0}” to the printer (%Ln page(s)).</source>
        <translation>
            <numerusform>Sent “{0}” to the printer (%Ln page).</numerusform>
            <numerusform>Sent “{0}” to the printer (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed as the form shows it: the changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview – {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReReadDialog</name>
    <message>
        <source>Re-read {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example ^-{3,}$ or ^={3,}$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it again. The postings found replace the ones listed now from it (with the changes made to them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding used so far: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression; every line that matches it as a whole separates two postings. Leave it empty to find postings by their titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid regular expression: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveSectionCommand</name>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameSectionCommand</name>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceContentCommand</name>
    <message>
        <source>Restore revision {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewordCommand</name>
    <message>
        <source>Reword to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewordDialog</name>
    <message>
        <source>Reword a Family of Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the wording every posting in this family should use, or edit it. Each posting that changes gets a revision; Undo in the Families tab takes the whole change back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln posting</numerusform>
            <numerusform>%Ln postings</numerusform>
        </translation>
    </message>
    <message>
        <source>The wording to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordings in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings that would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the wording to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reworded</source>
        <translation>
            <numerusform>%Ln item reworded</numerusform>
            <numerusform>%Ln items reworded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) will change.</source>
        <translation>
            <numerusform>%Ln posting will change.</numerusform>
            <numerusform>%Ln postings will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) left alone.</source>
        <translation>
            <numerusform>%Ln posting left alone.</numerusform>
            <numerusform>%Ln postings left alone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded their version. Undo (Ctrl+Z) brings your edits back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with their version: review it, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your unsaved edits of “{0}” with their version? Undo (Ctrl+Z) brings your edits back while the posting stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>Someone else saved this posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” was saved by someone else while you were editing it. Nothing has been overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you opened (revision {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (revision {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version on top of theirs; theirs stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load their version; your edits stay one Undo (Ctrl+Z) away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put both sets of changes in the form, to review and then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is revision {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They saved revision {0} at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their note: “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes and theirs do not overlap: Merge puts both in the form, for you to review and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that do not overlap are merged for you. Where you both changed the same thing, choose which one to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed check “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading of the section “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item in “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not dismissed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dismissed, no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(section removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditorWidget</name>
    <message>
        <source>Paste items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet — press Enter or click Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionFrame</name>
    <message>
        <source>Section heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this section holds (used by exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsActions</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a posting with a section of this kind to insert a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement inserted. Undo (Ctrl+Z) takes it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements could not be read; the log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open with unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reworded %Ln posting(s). Undo in the Families tab takes it back.</source>
        <translation>
            <numerusform>Reworded %Ln posting. Undo in the Families tab takes it back.</numerusform>
            <numerusform>Reworded %Ln postings. Undo in the Families tab takes it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reword undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings saved since the reword were left as they are: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put %Ln posting(s) back as they were.</source>
        <translation>
            <numerusform>Put %Ln posting back as they were.</numerusform>
            <numerusform>Put %Ln postings back as they were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reword</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Search statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show starter statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the statement as a new item of the section being edited (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as preferred wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statements match “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statements of this kind yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} most used of {1}+; search to find others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} most used of {1}; search to find others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln posting</numerusform>
            <numerusform>%Ln postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln use(s)</source>
        <translation>
            <numerusform>%Ln use</numerusform>
            <numerusform>%Ln uses</numerusform>
        </translation>
    </message>
    <message>
        <source>starter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGuideDialog</name>
    <message>
        <source>Template Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template guide ({0}) is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page cannot be drawn:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates that come with JD Editor cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the first page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with the open posting, “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with a sample posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approximate picture: install LibreOffice to see the page exactly as it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word templates (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no placeholders at all, so every posting would come out as this same document: an exported posting is not a template. Type tags such as {{ posting.title }} where the posting&apos;s values go (the Template Guide lists them and has a template to copy), or start from a copy of a bundled template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not added: it cannot be used as a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this in Word, save the file and add it again. The Template Guide lists the tags a template can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named {0} comes with JD Editor. Use yours instead? (Removing yours later brings the original back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a template named {0}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the template {0}? Its file is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
