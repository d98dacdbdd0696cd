<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About JD Editor</source>
        <translation>关于岗位说明书编辑器</translation>
    </message>
    <message>
        <source>Job descriptions, kept offline.</source>
        <translation>岗位说明书，离线保存与编辑。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Put these details on the clipboard, for a report</source>
        <translation>把这些信息复制到剪贴板，以便报告问题</translation>
    </message>
    <message>
        <source>JD Editor</source>
        <translation>岗位说明书编辑器</translation>
    </message>
    <message>
        <source>Free to use, copy, change and pass on, also commercially, as long as the copyright and licence notice go with it. It comes with no warranty.</source>
        <translation>可自由使用、复制、修改和分发（包括商业用途），只需保留版权和许可声明。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT 许可证</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>岗位库：</translation>
    </message>
    <message>
        <source>(still opening)</source>
        <translation>（正在打开）</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>{0} (PySide6 {1})</source>
        <translation>{0}（PySide6 {1}）</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python：</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AddSectionCommand</name>
    <message>
        <source>Add section</source>
        <translation>添加栏目</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>JD Editor</source>
        <translation>岗位说明书编辑器</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside JD Editor. Your unsaved changes were kept as a draft. Please report this, with the log file {0}.</source>
        <translation>岗位说明书编辑器内部出错。未保存的修改已存为草稿。请报告此问题，并附上日志文件 {0}。</translation>
    </message>
</context>
<context>
    <name>ChecksActions</name>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Finding dismissed. Undo (Ctrl+Z) brings it back.</source>
        <translation>已忽略该问题。撤销（Ctrl+Z）可恢复。</translation>
    </message>
    <message>
        <source>The text changed since it was checked; check again.</source>
        <translation>检查之后文字已改动，请重新检查。</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>The whole posting</source>
        <translation>整个岗位</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>第{0}部分</translation>
    </message>
    <message>
        <source>{0}, heading</source>
        <translation>{0} 标题</translation>
    </message>
    <message>
        <source>{0}, item {1}</source>
        <translation>{0} 第{1}条</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>忽略(&amp;D)…</translation>
    </message>
    <message>
        <source>Let this finding go, giving a reason</source>
        <translation>注明理由后忽略这一问题</translation>
    </message>
    <message>
        <source>Apply &amp;Suggestion</source>
        <translation>采用建议(&amp;S)</translation>
    </message>
    <message>
        <source>Replace the text with the suggested wording</source>
        <translation>用建议的措辞替换这段文字</translation>
    </message>
    <message>
        <source>The checks could not run; the log file says why.</source>
        <translation>检查未能运行，原因见日志文件。</translation>
    </message>
    <message>
        <source>Open a posting to check it.</source>
        <translation>打开一个岗位即可检查。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s) run.</source>
        <translation>
            <numerusform>已运行 %Ln 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Errors ({0})</source>
        <translation>错误（{0}）</translation>
    </message>
    <message>
        <source>Warnings ({0})</source>
        <translation>警告（{0}）</translation>
    </message>
    <message>
        <source>Information ({0})</source>
        <translation>提示（{0}）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <source>Suggestion: {0}</source>
        <translation>建议：{0}</translation>
    </message>
    <message>
        <source>Rule: {0}</source>
        <translation>规则：{0}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Show only changes</source>
        <translation>只显示改动</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>ConnectActions</name>
    <message>
        <source>Connect to a &amp;Team Library…</source>
        <translation>连接团队库(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a library shared on a PostgreSQL database server</source>
        <translation>打开共享在 PostgreSQL 数据库服务器上的库</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Team Library</source>
        <translation>连接团队库</translation>
    </message>
    <message>
        <source>A team shares one library on a PostgreSQL server. Ask the server&apos;s administrator for these details.</source>
        <translation>团队在一台 PostgreSQL 服务器上共用一个库。以下信息请向服务器管理员索取。</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>例如 db.example.org</translation>
    </message>
    <message>
        <source>empty: the keyring or ~/.pgpass</source>
        <translation>留空：使用钥匙串或 ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password (system keyring)</source>
        <translation>记住密码（系统钥匙串）</translation>
    </message>
    <message>
        <source>Prefer (encrypt when the server can)</source>
        <translation>优先（服务器支持时加密）</translation>
    </message>
    <message>
        <source>Require (always encrypt)</source>
        <translation>必须（始终加密）</translation>
    </message>
    <message>
        <source>Disable (never encrypt)</source>
        <translation>禁用（从不加密）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>加密 (SSL)(&amp;E)：</translation>
    </message>
    <message>
        <source>This computer has no password keyring, so the password cannot be remembered: you are asked for it each time (or put it in ~/.pgpass).</source>
        <translation>这台电脑没有可用的密码钥匙串，无法记住密码：每次连接都会询问（也可以写入 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;reate Library Here</source>
        <translation>在此创建库(&amp;R)</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>正在连接 {0}…</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>无法连接：{0}</translation>
    </message>
    <message numerus="yes">
        <source>Connected: a JD Editor library with %Ln posting(s).</source>
        <translation>
            <numerusform>已连接：一个有 %Ln 个岗位的 JD Editor 库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but this database holds no JD Editor library yet. You may create one here (Create Library Here).</source>
        <translation>已连接，但这个数据库里还没有 JD Editor 库。你可以在这里创建一个（“在此创建库”）。</translation>
    </message>
    <message>
        <source>Connected, but this database holds no JD Editor library, and you may not create one. Ask the administrator to run `jdeditor db init` with this address.</source>
        <translation>已连接，但这个数据库里没有 JD Editor 库，而你没有创建库的权限。请管理员用这个地址运行 `jdeditor db init`。</translation>
    </message>
    <message>
        <source>The server does not answer. Check the server name and port, and that the server is running and lets this computer in.</source>
        <translation>服务器没有响应。请检查服务器名称和端口，以及服务器是否在运行、是否允许这台电脑连接。</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them.</source>
        <translation>服务器拒绝了用户名或密码，请检查。</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check it, or ask the administrator to create it.</source>
        <translation>服务器上没有这个名称的数据库。请检查名称，或请管理员创建。</translation>
    </message>
    <message>
        <source>This database holds other tables: it is not a JD Editor library. Choose another database.</source>
        <translation>这个数据库里有其他表，不是 JD Editor 库。请选择另一个数据库。</translation>
    </message>
</context>
<context>
    <name>DeletePostingCommand</name>
    <message>
        <source>Move “{0}” to the trash</source>
        <translation>将“{0}”移到回收站</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>moved {0} → {1}</source>
        <translation>移动 {0} → {1}</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>section added</source>
        <translation>新增部分</translation>
    </message>
    <message>
        <source>section removed</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>section moved</source>
        <translation>移动部分</translation>
    </message>
    <message>
        <source>moved, renamed</source>
        <translation>移动并改名</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss Finding</source>
        <translation>忽略问题</translation>
    </message>
    <message>
        <source>Why does this not apply? The reason is kept with the posting, and the finding does not come back while the text stays the same.</source>
        <translation>为什么这一问题不适用？理由随岗位保存；文字不变时，该问题不会再出现。</translation>
    </message>
    <message>
        <source>e.g. The role is a women&apos;s health counsellor, a genuine requirement</source>
        <translation>例如：该岗位为女性健康咨询师，属岗位的真实需要</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>DismissFindingCommand</name>
    <message>
        <source>Dismiss finding</source>
        <translation>忽略问题</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>JD Editor was closed without saving “{0}” (last change {1}). Recover those changes?</source>
        <translation>岗位说明书编辑器上次关闭时没有保存“{0}”（最后修改于 {1}）。要恢复这些修改吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The posting has no title: enter a job title before saving.</source>
        <translation>岗位还没有名称：请先填写岗位名称再保存。</translation>
    </message>
    <message>
        <source>The title is {length} characters long; shorten it to at most {limit} characters (put the rest in the summary).</source>
        <translation>岗位名称长达 {length} 个字符；请缩短到 {limit} 个字符以内（其余内容可写入岗位概述）。</translation>
    </message>
    <message>
        <source>Headcount cannot be negative: enter 0 or more.</source>
        <translation>招聘人数不能为负数：请填写 0 或更大的数。</translation>
    </message>
    <message>
        <source>The minimum salary must be 0 or more.</source>
        <translation>最低薪资必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The maximum salary must be 0 or more.</source>
        <translation>最高薪资必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The minimum salary {amount} has more than two decimal places: round it.</source>
        <translation>最低薪资 {amount} 的小数超过两位：请取整。</translation>
    </message>
    <message>
        <source>The maximum salary {amount} has more than two decimal places: round it.</source>
        <translation>最高薪资 {amount} 的小数超过两位：请取整。</translation>
    </message>
    <message>
        <source>The minimum salary ({minimum}) is greater than the maximum ({maximum}): swap them or correct one.</source>
        <translation>最低薪资（{minimum}）高于最高薪资（{maximum}）：请对调或改正其中一个。</translation>
    </message>
    <message>
        <source>Choose a currency for the salary (e.g. CNY).</source>
        <translation>请为薪资选择币种（例如 CNY）。</translation>
    </message>
    <message>
        <source>A tag is empty: remove it or give it a name.</source>
        <translation>有一个标签是空的：请删除它或填写名称。</translation>
    </message>
    <message>
        <source>The disk holding the library {name} is full. Free some space and try again; nothing was changed.</source>
        <translation>岗位库 {name} 所在的磁盘已满。请清理出一些空间后再试；没有做任何更改。</translation>
    </message>
    <message>
        <source>The library {name} was written by a newer version of JD Editor; this version cannot read it and has not changed it. Update JD Editor.</source>
        <translation>岗位库 {name} 由更新版本的岗位说明书编辑器写入；当前版本无法读取，也没有改动它。请更新岗位说明书编辑器。</translation>
    </message>
    <message>
        <source>The library {name} is locked by another program (another JD Editor or a database tool is writing to it). Close that program or wait a moment, then try again; nothing was changed.</source>
        <translation>岗位库 {name} 被其他程序锁定（另一个岗位说明书编辑器或数据库工具正在写入）。请关闭该程序或稍候，然后再试；没有做任何更改。</translation>
    </message>
    <message>
        <source>The library at {name} needs a password, and none is remembered. Connect with File › Connect to a Team Library… and type it, or put it in libpq&apos;s password file (~/.pgpass).</source>
        <translation>位于 {name} 的库需要密码，但没有记住任何密码。请用“文件 › 连接团队库…”连接并输入密码，或把密码写入 libpq 的密码文件（~/.pgpass）。</translation>
    </message>
    <message>
        <source>The library {name} is read-only. Make the file writable (its properties), or copy the library somewhere you can write; nothing was changed.</source>
        <translation>岗位库 {name} 是只读的。请在文件属性中让它可写，或把岗位库复制到可写的位置；没有做任何更改。</translation>
    </message>
    <message>
        <source>The library {name} is in a read-only folder ({folder}): JD Editor needs to write beside the library. Make the folder writable, or copy the library to a folder you can write to; nothing was changed.</source>
        <translation>岗位库 {name} 位于只读文件夹（{folder}）中：岗位说明书编辑器需要在岗位库旁边写入文件。请让该文件夹可写，或把岗位库复制到可写的文件夹；没有做任何更改。</translation>
    </message>
    <message>
        <source>The library {name} cannot be opened: the folder {folder} does not exist (a drive that is not connected, or a folder moved or renamed). Connect the drive or choose the library again.</source>
        <translation>无法打开岗位库 {name}：文件夹 {folder} 不存在（驱动器未连接，或文件夹已移动或改名）。请连接驱动器，或重新选择岗位库。</translation>
    </message>
    <message>
        <source>The library {name} cannot be opened: the file is not accessible. Check its permissions.</source>
        <translation>无法打开岗位库 {name}：文件无法访问。请检查它的权限。</translation>
    </message>
    <message>
        <source>The library {name} is damaged or is not a database file, so it cannot be read. Restore it from a backup, or choose another library.</source>
        <translation>岗位库 {name} 已损坏，或不是数据库文件，无法读取。请从备份恢复，或选择其他岗位库。</translation>
    </message>
    <message>
        <source>{name} is a database, but not a JD Editor library (it has other tables). Choose another file, or make a new library with File › New Library….</source>
        <translation>{name} 是一个数据库，但不是岗位说明书编辑器的岗位库（其中有别的表）。请选择其他文件，或用“文件 › 新建岗位库…”新建一个。</translation>
    </message>
    <message>
        <source>{name} holds no JD Editor library (it is empty). Choose another file, or make a new library with File › New Library….</source>
        <translation>{name} 中没有岗位说明书编辑器的岗位库（它是空的）。请选择其他文件，或用“文件 › 新建岗位库…”新建一个。</translation>
    </message>
    <message>
        <source>There is no library at {name}. Check the path, or make a new library there with File › New Library….</source>
        <translation>{name} 处没有岗位库。请检查路径，或用“文件 › 新建岗位库…”在那里新建一个。</translation>
    </message>
    <message>
        <source>The library at {name} cannot be reached: is the database server running and the address right? Nothing was changed.</source>
        <translation>无法连接位于 {name} 的岗位库：数据库服务器是否在运行，地址是否正确？没有做任何更改。</translation>
    </message>
    <message>
        <source>The library at {name} refused the user name or password. Check them in the address (or the password file) and try again.</source>
        <translation>位于 {name} 的岗位库拒绝了用户名或密码。请检查地址（或密码文件）中的用户名和密码，然后再试。</translation>
    </message>
    <message>
        <source>The library at {name} cannot be opened: the server has no such database. Check the database name in the address, or ask the server&apos;s administrator to create it.</source>
        <translation>无法打开位于 {name} 的岗位库：服务器上没有这个数据库。请检查地址中的数据库名称，或请服务器管理员创建它。</translation>
    </message>
    <message>
        <source>The library at {name} refused: the user in the address lacks the rights JD Editor needs ({reason}). Ask the server&apos;s administrator for them (the first open, and an update of JD Editor, need the right to create and change tables); nothing was changed.</source>
        <translation>位于 {name} 的岗位库拒绝了操作：地址中的用户没有 JD Editor 所需的权限（{reason}）。请向服务器管理员申请这些权限（首次打开以及升级 JD Editor 时需要创建和修改数据表的权限）；没有做任何更改。</translation>
    </message>
    <message>
        <source>This computer has no password keyring that JD Editor can use ({detail}). The password is not remembered: you are asked for it each time, or put it in libpq&apos;s password file (~/.pgpass).</source>
        <translation>这台电脑没有 JD Editor 可用的密码钥匙串（{detail}）。密码不会被记住：每次都会询问您，或者把它写入 libpq 的密码文件（~/.pgpass）。</translation>
    </message>
    <message>
        <source>The library {name} holds {postings} postings but no schema version, and its tables match no JD Editor schema ({details}). It was probably left half-made by a crash of an older version. It has not been changed: restore it from a backup, or ask for help with the file.</source>
        <translation>岗位库 {name} 中有 {postings} 个岗位，但没有结构版本，而且它的数据表与任何 JD Editor 结构都不相符（{details}）。它可能是旧版本崩溃时留下的未建完的岗位库。它没有被更改：请从备份恢复，或带着这个文件寻求帮助。</translation>
    </message>
    <message>
        <source>The backup {name} does not exist or is not a file. Choose another one.</source>
        <translation>备份 {name} 不存在，或不是文件。请选择其他备份。</translation>
    </message>
    <message>
        <source>The backup {name} is not a sound JD Editor library, so it was not restored ({problems}). Choose another backup.</source>
        <translation>备份 {name} 不是完好的 JD Editor 岗位库，因此没有恢复（{problems}）。请选择其他备份。</translation>
    </message>
    <message>
        <source>Could not restore {name} from the backup: {reason}. Check that the folder is writable and has space; the library was not changed.</source>
        <translation>无法从备份恢复 {name}：{reason}。请检查文件夹是否可写、是否有空间；岗位库没有改动。</translation>
    </message>
    <message>
        <source>Could not back up the library {name} to {target}: {reason}. Free some disk space or make the folder writable, then open it again.</source>
        <translation>无法把岗位库 {name} 备份到 {target}：{reason}。请清理磁盘空间或让文件夹可写，然后重新打开。</translation>
    </message>
    <message>
        <source>{name} is a folder. Give the path of a library file, e.g. {example}.</source>
        <translation>{name} 是一个文件夹。请给出岗位库文件的路径，例如 {example}。</translation>
    </message>
    <message>
        <source>{name}: no such file. Check the name and folder.</source>
        <translation>{name}：文件不存在。请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>{name} is a folder: choose the files inside it.</source>
        <translation>{name} 是一个文件夹：请选择其中的文件。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} is {size} MB, larger than any JD Editor file should be (the limit for JSON files is {limit} MB). Nothing was imported. Export the library in parts (by department or tag), or check that it is the right file.</source>
        <translation>{name} 有 {size} MB，超出了 JD Editor 文件应有的大小（JSON 文件的上限是 {limit} MB）。没有导入任何内容。请分批导出岗位库（按部门或标签），或检查是不是选错了文件。</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} 是空的：没有可导入的内容。</translation>
    </message>
    <message>
        <source>{name} is a PDF file. JD Editor imports text and Word files: copy the text out of the PDF into a .txt file (or paste it into the editor).</source>
        <translation>{name} 是 PDF 文件。本软件导入文本和 Word 文件：请把 PDF 中的文字复制到 .txt 文件中（或直接粘贴到编辑器里）。</translation>
    </message>
    <message>
        <source>{name} is an old Word 97-2003 (.doc) file, not a .docx file. Open it in Word or WPS and save it as a Word Document (.docx), then import that.</source>
        <translation>{name} 是旧版 Word 97-2003（.doc）文件，不是 .docx 文件。请用 Word 或 WPS 打开并另存为 Word 文档（.docx），再导入。</translation>
    </message>
    <message>
        <source>{name} is protected with a password, so JD Editor cannot read it. Open it in Word, remove the password, save it, and import it again.</source>
        <translation>{name} 设有密码保护，无法读取。请在 Word 中打开，取消密码并保存，然后重新导入。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as a Word document. Open it in Word or WPS (which can often repair it), save it again as .docx, and import that.</source>
        <translation>{name} 已损坏，无法作为 Word 文档读取。请用 Word 或 WPS 打开（它们常能修复），重新另存为 .docx 后再导入。</translation>
    </message>
    <message>
        <source>{name} does not look like a text file. JD Editor imports .txt, .md and .docx files.</source>
        <translation>{name} 看起来不是文本文件。本软件导入 .txt、.md 和 .docx 文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder {name} for the library: {reason}. Choose a writable place for it.</source>
        <translation>无法为岗位库创建文件夹 {name}：{reason}。请选择一个可写的位置。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export writes the saved posting. Save your changes first?</source>
        <translation>导出的是已保存的岗位。先保存你的修改吗？</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>已导出到 {0}。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln file(s) to {0}.</source>
        <translation>
            <numerusform>已将 %Ln 个文件导出到 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln posting(s) in the library</source>
        <translation>
            <numerusform>岗位库中的全部 %Ln 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln posting(s) in the list</source>
        <translation>
            <numerusform>列表中的 %Ln 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>This posting: “{0}”</source>
        <translation>当前岗位：“{0}”</translation>
    </message>
    <message>
        <source>This posting (none is open and saved)</source>
        <translation>当前岗位（没有已保存的打开岗位）</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档 (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf, made with LibreOffice)</source>
        <translation>PDF (.pdf，由 LibreOffice 生成)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>网页 (.html)</translation>
    </message>
    <message>
        <source>schema.org JobPosting (.jsonld)</source>
        <translation>schema.org 招聘信息 (.jsonld)</translation>
    </message>
    <message>
        <source>JD Editor file (.json)</source>
        <translation>岗位说明书编辑器文件 (.json)</translation>
    </message>
    <message>
        <source>The default for each posting&apos;s language</source>
        <translation>按岗位语言使用默认模板</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>One file per posting, in a folder</source>
        <translation>每个岗位一个文件，存入文件夹</translation>
    </message>
    <message>
        <source>All in one file</source>
        <translation>全部合并为一个文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Postings:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Job descriptions</source>
        <translation>岗位说明书</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>“{0}” is a folder. Give a file name to save as.</source>
        <translation>“{0}”是一个文件夹。请给出要保存的文件名。</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>“{0}” already exists. Replace it?</source>
        <translation>“{0}”已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中文和英文</translation>
    </message>
    <message>
        <source>The template {template} has words of its own in {template_language} (“{example}”), but “{title}” is in {posting_language}: the document mixes both languages. Choose a template for that language, or replace the template&apos;s words with labels such as {{{{ labels.export_date }}}}, which follow the posting.</source>
        <translation>模板 {template} 里有自己写的{template_language}文字（“{example}”），而“{title}”是{posting_language}岗位：文档里两种语言混在一起。请为该语言选择模板，或把模板里的文字换成随岗位语言变化的标签，例如 {{{{ labels.export_date }}}}。</translation>
    </message>
    <message>
        <source>The template {template} has words of its own in {template_language} (“{example}”), but {count} postings are in {posting_language}: their documents mix both languages. Choose a template for that language, or replace the template&apos;s words with labels such as {{{{ labels.export_date }}}}, which follow the posting.</source>
        <translation>模板 {template} 里有自己写的{template_language}文字（“{example}”），而 {count} 个岗位是{posting_language}岗位：这些文档里两种语言混在一起。请为该语言选择模板，或把模板里的文字换成随岗位语言变化的标签，例如 {{{{ labels.export_date }}}}。</translation>
    </message>
    <message>
        <source>Export postings with errors?</source>
        <translation>导出有错误的岗位？</translation>
    </message>
    <message>
        <source>{postings} to export have {errors} that the checks found and nobody dismissed, such as a condition on applicants that the law forbids. Export anyway, or cancel and look at the findings first (View › Checks).</source>
        <translation>要导出的岗位中有 {postings}含有检查发现且未被忽略的 {errors}，例如法律禁止的应聘条件。仍要导出，还是取消并先查看检查结果（视图 › 检查）？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved error(s)</source>
        <translation>
            <numerusform>%Ln 处错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>Exported, with a warning</source>
        <translation>已导出，但有提醒</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) written into “{0}”, which also holds other files:</source>
        <translation>
            <numerusform>已写入 %Ln 个文件到“{0}”（该文件夹中还有其他文件）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export stopped; some files were written (see the message).</source>
        <translation>导出中途停止；已写入部分文件（见提示）。</translation>
    </message>
    <message>
        <source>Export failed; no file was written.</source>
        <translation>导出失败，没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FamiliesPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation>统一措辞(&amp;R)…</translation>
    </message>
    <message>
        <source>Give every posting in this family one wording</source>
        <translation>让这一组的所有岗位使用同一种措辞</translation>
    </message>
    <message>
        <source>Finding families of similar statements…</source>
        <translation>正在查找相似表述的分组…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) of statements worded in more than one way.</source>
        <translation>
            <numerusform>%Ln 组表述有不止一种措辞。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every statement of this kind is worded one way only.</source>
        <translation>这一类的每条表述都只有一种措辞。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>location</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>employment type</source>
        <translation>用工性质</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>岗位概述</translation>
    </message>
</context>
<context>
    <name>FoldedText</name>
    <message numerus="yes">
        <source>%Ln unchanged item(s) hidden</source>
        <translation>
            <numerusform>已隐藏 %Ln 条未改动的条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged section(s) hidden</source>
        <translation>
            <numerusform>已隐藏 %Ln 个未改动的部分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Job title, e.g. 高级产品经理</source>
        <translation>岗位名称，例如 高级产品经理</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>岗位名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>工作地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;Headcount:</source>
        <translation>招聘人数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>直接上级(&amp;R)：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation>用工性质(&amp;E)：</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Salar&amp;y:</source>
        <translation>薪资(&amp;Y)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>A short introduction to the role</source>
        <translation>岗位的简短介绍</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>岗位概述(&amp;U)：</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同制</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>The minimum salary is higher than the maximum.</source>
        <translation>最低薪资高于最高薪资。</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>New from &amp;Posting…</source>
        <translation>从已有岗位新建(&amp;P)…</translation>
    </message>
    <message>
        <source>Compare &amp;With Posting…</source>
        <translation>与其他岗位比较(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare Two P&amp;ostings…</source>
        <translation>比较两个岗位(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved posting to see its history.</source>
        <translation>打开一个已保存的岗位，即可查看其历史。</translation>
    </message>
    <message>
        <source>A new posting has no history until it is saved.</source>
        <translation>新岗位保存后才有历史。</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>正在载入历史…</translation>
    </message>
    <message>
        <source>The history could not be loaded; see the log.</source>
        <translation>无法载入历史，请查看日志。</translation>
    </message>
    <message>
        <source>Revision {0}</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>Compare Revisions: {0}</source>
        <translation>比较版本：{0}</translation>
    </message>
    <message>
        <source>Now (not saved)</source>
        <translation>当前（未保存）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Compare Postings</source>
        <translation>比较岗位</translation>
    </message>
    <message>
        <source>Open a saved posting first, then compare it with another.</source>
        <translation>请先打开一个已保存的岗位，再与其他岗位比较。</translation>
    </message>
    <message>
        <source>Compare With Posting</source>
        <translation>与其他岗位比较</translation>
    </message>
    <message>
        <source>Compare “{0}” with:</source>
        <translation>将“{0}”与以下岗位比较：</translation>
    </message>
    <message>
        <source>Compare Two Postings</source>
        <translation>比较两个岗位</translation>
    </message>
    <message>
        <source>Choose the two postings:</source>
        <translation>选择要比较的两个岗位：</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Someone else saved “{0}” since you opened it, so nothing was restored. Open the posting again to see their version, then restore.</source>
        <translation>你打开“{0}”之后，其他人保存了它，因此没有恢复任何内容。请重新打开该岗位查看对方的版本，然后再恢复。</translation>
    </message>
    <message>
        <source>The posting already reads as revision {0}: nothing to restore.</source>
        <translation>岗位内容已与第 {0} 版相同，无需恢复。</translation>
    </message>
    <message>
        <source>Restored revision {0} as revision {1}. Undo (Ctrl+Z) brings back the form as it was.</source>
        <translation>已将第 {0} 版恢复为第 {1} 版。撤销（Ctrl+Z）可还原表单之前的内容。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Restoring revision {1} replaces them in the form; Undo (Ctrl+Z) brings them back. Restore?</source>
        <translation>“{0}”有未保存的修改。恢复第 {1} 版会替换表单中的这些修改；撤销（Ctrl+Z）可找回它们。是否恢复？</translation>
    </message>
    <message>
        <source>New from Posting</source>
        <translation>从已有岗位新建</translation>
    </message>
    <message>
        <source>Start a new posting from a copy of:</source>
        <translation>复制以下岗位，作为新岗位的起点：</translation>
    </message>
    <message>
        <source>Cannot copy</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <source>New posting #{0} copied from #{1}.</source>
        <translation>已从 #{1} 复制出新岗位 #{0}。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>restored revision {0}</source>
        <translation>恢复了第 {0} 版</translation>
    </message>
    <message>
        <source>copied from #{0} «{1}»</source>
        <translation>复制自 #{0}《{1}》</translation>
    </message>
    <message>
        <source>saved as a copy after a conflict</source>
        <translation>冲突后另存为副本</translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation>导入自 {0}</translation>
    </message>
    <message>
        <source>{0} set on the command line</source>
        <translation>命令行修改了{0}</translation>
    </message>
    <message>
        <source>duplicated from #{0}</source>
        <translation>复制自 #{0}</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare with C&amp;urrent</source>
        <translation>与当前内容比较(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>With Current</source>
        <translation>与当前比较</translation>
    </message>
    <message>
        <source>Open a saved posting to see its history.</source>
        <translation>打开一个已保存的岗位，即可查看其历史。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>共 %Ln 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {0} · {1}</source>
        <translation>第 {0} 版 · {1}</translation>
    </message>
    <message>
        <source>first revision</source>
        <translation>第一版</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Read postings from text, Word or JD Editor files (or drop them here)</source>
        <translation>从文本、Word 或 JD Editor 文件读取岗位（也可以把文件拖到窗口里）</translation>
    </message>
    <message>
        <source>New from &amp;Text…</source>
        <translation>从文本新建(&amp;T)…</translation>
    </message>
    <message>
        <source>Paste a posting from a job board or an e-mail</source>
        <translation>粘贴招聘网站或邮件里的岗位</translation>
    </message>
    <message numerus="yes">
        <source>Drop to read %Ln file(s) or folder(s) and review them.</source>
        <translation>
            <numerusform>松开即可读取这 %Ln 个文件或文件夹并检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import postings</source>
        <translation>导入岗位</translation>
    </message>
    <message>
        <source>Postings (*.txt *.md *.docx *.json);;All files (*)</source>
        <translation>岗位文件 (*.txt *.md *.docx *.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln file(s)…</source>
        <translation>
            <numerusform>正在读取 %Ln 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>An import is already running; try again when it is done.</source>
        <translation>已有一个导入正在进行，请等它完成后再试。</translation>
    </message>
    <message>
        <source>There are no files JD Editor can import there (.txt, .md, .docx, .json).</source>
        <translation>这里没有 JD Editor 能导入的文件（.txt、.md、.docx、.json）。</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Reading file {0} of {1}: {2}</source>
        <translation>正在读取第 {0} 个文件（共 {1} 个）：{2}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed.</source>
        <translation>导入失败，未做任何更改。</translation>
    </message>
    <message>
        <source>No postings were found in the text.</source>
        <translation>文本中没有找到岗位。</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln posting(s)…</source>
        <translation>
            <numerusform>正在保存 %Ln 个岗位…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln posting(s).</source>
        <translation>
            <numerusform>已导入 %Ln 个岗位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) were already in the library and were not imported again.</source>
        <translation>
            <numerusform>%Ln 个岗位已在岗位库中，没有再次导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>检查导入</translation>
    </message>
    <message>
        <source>Postings found</source>
        <translation>找到的岗位</translation>
    </message>
    <message>
        <source>&amp;Split at Line</source>
        <translation>在此行拆分(&amp;S)</translation>
    </message>
    <message>
        <source>Start a new posting at the line chosen in the source text (click a line).</source>
        <translation>从原文中选中的行开始一个新岗位（先点击一行）。</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous</source>
        <translation>与上一个合并(&amp;M)</translation>
    </message>
    <message>
        <source>Join this posting to the one above it (from the same file).</source>
        <translation>把这个岗位并入上面一个岗位（同一文件）。</translation>
    </message>
    <message>
        <source>Re-&amp;read File…</source>
        <translation>重新读取文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Read the chosen posting&apos;s file again, with another encoding or separator.</source>
        <translation>用另一种编码或分隔符重新读取所选岗位的文件。</translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Untick A&amp;ll</source>
        <translation>全部取消(&amp;L)</translation>
    </message>
    <message>
        <source>Split Posting Here</source>
        <translation>在此处拆分岗位</translation>
    </message>
    <message>
        <source>This posting was not read from lines of text, so it cannot be split or merged.</source>
        <translation>这个岗位不是从文本行读出的，不能拆分或合并。</translation>
    </message>
    <message>
        <source>Split at Line starts a new posting at line {0}.</source>
        <translation>“在此行拆分”将从第 {0} 行开始一个新岗位。</translation>
    </message>
    <message>
        <source>Click a line of the source text to split the posting there.</source>
        <translation>点击原文中的一行，可在该行拆分岗位。</translation>
    </message>
    <message>
        <source>{0} found in the pasted text.</source>
        <translation>在粘贴的文字中找到 {0}。</translation>
    </message>
    <message>
        <source>{0} found in {1}.</source>
        <translation>在 {1}中找到 {0}。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0}{1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them already in the library: unticked.</source>
        <translation>
            <numerusform>其中 %Ln 个已在库中，未勾选。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick what to import; nothing is stored before Import.</source>
        <translation>请勾选要导入的岗位；点击“导入”之前不会保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln Posting(s)</source>
        <translation>
            <numerusform>导入 %Ln 个岗位(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot re-read the file</source>
        <translation>无法重新读取文件</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Throw away the changes made here? Nothing has been imported yet, and nothing will be.</source>
        <translation>放弃在这里做的修改吗？目前还没有导入任何内容，之后也不会导入。</translation>
    </message>
</context>
<context>
    <name>ImportReviewModel</name>
    <message>
        <source>Title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库中</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已有</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>{0}, line {1}</source>
        <translation>{0} 第 {1} 行</translation>
    </message>
    <message>
        <source>The library already holds this posting (id {0}); it is not imported unless you tick it.</source>
        <translation>库中已有这个岗位（编号 {0}）；除非勾选，否则不会导入。</translation>
    </message>
    <message>
        <source>The same posting came earlier in this import.</source>
        <translation>本次导入中前面已有相同的岗位。</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <source>the list starts at {current} instead of 1: “{item}”.</source>
        <translation>列表从 {current} 开始，而不是从 1 开始：“{item}”。</translation>
    </message>
    <message>
        <source>the numbering jumps from {previous} to {current}: “{item}”.</source>
        <translation>编号从 {previous} 跳到 {current}：“{item}”。</translation>
    </message>
    <message>
        <source>the number {current} comes again after {previous}: “{item}”.</source>
        <translation>编号 {current} 在 {previous} 之后重复出现：“{item}”。</translation>
    </message>
    <message>
        <source>possible scraping debris ({problem}) in “{context}”.</source>
        <translation>可能是网页抓取留下的杂字符（{problem}）：“{context}”。</translation>
    </message>
    <message>
        <source>no duties (岗位职责) were found.</source>
        <translation>没有找到岗位职责。</translation>
    </message>
    <message>
        <source>no section headings were found; the list was taken as the duties.</source>
        <translation>没有找到栏目标题；列表已作为岗位职责。</translation>
    </message>
    <message>
        <source>a list before the first heading was taken as the duties.</source>
        <translation>第一个标题之前的列表已作为岗位职责。</translation>
    </message>
    <message>
        <source>a list without a heading was taken as the requirements, by what it says.</source>
        <translation>一个没有标题的列表按其内容被当作任职要求。</translation>
    </message>
    <message>
        <source>the item “{item}” is {length} characters long; it may be several items run together.</source>
        <translation>条目“{item}”长达 {length} 个字符，可能是几条连在了一起。</translation>
    </message>
    <message>
        <source>the item “{item}” appears twice (first on line {first_line}).</source>
        <translation>条目“{item}”出现了两次（第一次在第 {first_line} 行）。</translation>
    </message>
    <message>
        <source>{count} more items appear more than once.</source>
        <translation>另有 {count} 个条目重复出现。</translation>
    </message>
    <message>
        <source>the salary “{value}” could not be read; it is kept as text.</source>
        <translation>无法识别薪资“{value}”，已按原文保留。</translation>
    </message>
    <message>
        <source>a stray apostrophe inside Chinese text</source>
        <translation>中文中夹杂的撇号</translation>
    </message>
    <message>
        <source>a stray full stop inside Chinese text</source>
        <translation>中文中夹杂的英文句点</translation>
    </message>
    <message>
        <source>a run of underscores</source>
        <translation>连续的下划线</translation>
    </message>
    <message>
        <source>an unreadable character</source>
        <translation>无法识别的字符</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
</context>
<context>
    <name>ImportWarningsPanel</name>
    <message>
        <source>What the importer noticed when it read the file. Check each one in the form, then dismiss it.</source>
        <translation>导入时读取文件发现的问题。请在表单中逐条核对，然后忽略。</translation>
    </message>
    <message>
        <source>Cannot dismiss the warning</source>
        <translation>无法忽略该提示</translation>
    </message>
    <message numerus="yes">
        <source>%Ln import warning(s) from {0}</source>
        <translation>
            <numerusform>导入时的 %Ln 条提示（来自 {0}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln import warning(s)</source>
        <translation>
            <numerusform>导入时的 %Ln 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>全部忽略</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>收起</translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln more</source>
        <translation>
            <numerusform>展开其余 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Select this item in the form</source>
        <translation>在表单中选中此条目</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>You have checked it: do not show this warning again</source>
        <translation>已核对：不再显示此提示</translation>
    </message>
    <message>
        <source>That item is no longer in the posting.</source>
        <translation>该条目已不在此岗位中。</translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <source>Edit item</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>Convert to paragraph</source>
        <translation>转为段落</translation>
    </message>
    <message>
        <source>Convert to item</source>
        <translation>转为条目</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>增加缩进</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>减少缩进</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>上移条目</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>下移条目</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>移动条目</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Paragraph: prose, not numbered</source>
        <translation>段落：正文，不编号</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>JD Editor will use the new language the next time it starts.</source>
        <translation>下次启动时，岗位说明书编辑器将使用新的语言。</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>New &amp;Library…</source>
        <translation>新建岗位库(&amp;L)…</translation>
    </message>
    <message>
        <source>Start a new, empty library file</source>
        <translation>新建一个空的岗位库文件</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开岗位库(&amp;O)…</translation>
    </message>
    <message>
        <source>Switch to another library file</source>
        <translation>切换到另一个岗位库文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>{0} no longer exists (moved, renamed or on a drive that is not connected). It was removed from the list.</source>
        <translation>{0} 已不存在（已移动、改名，或所在的驱动器未连接）。已把它从列表中移除。</translation>
    </message>
    <message>
        <source>JD Editor libraries (*.db);;All files (*)</source>
        <translation>岗位库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开岗位库</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>新建岗位库</translation>
    </message>
    <message>
        <source>library.db</source>
        <translation>岗位库.db</translation>
    </message>
    <message>
        <source>{0} already exists. Choose another name for the new library, or open this one with File › Open Library….</source>
        <translation>{0} 已存在。请为新岗位库另取一个名字，或用“文件 › 打开岗位库…”打开它。</translation>
    </message>
    <message>
        <source>{0} is the library open now.</source>
        <translation>{0} 就是当前打开的岗位库。</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the damaged library with the backup of {0}? Changes made after that are not in the backup. The damaged file is kept beside it.</source>
        <translation>用 {0} 的备份替换已损坏的岗位库吗？此后所做的更改不在备份中。已损坏的文件会保留在原处旁边。</translation>
    </message>
    <message>
        <source>Restored the backup of {0}.</source>
        <translation>已恢复 {0} 的备份。</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>已损坏的文件保留为 {0}。</translation>
    </message>
</context>
<context>
    <name>LibraryErrorDialog</name>
    <message>
        <source>The library is locked by another program</source>
        <translation>岗位库被其他程序锁定</translation>
    </message>
    <message>
        <source>The library file is read-only</source>
        <translation>岗位库文件是只读的</translation>
    </message>
    <message>
        <source>The library&apos;s folder is read-only</source>
        <translation>岗位库所在的文件夹是只读的</translation>
    </message>
    <message>
        <source>The library&apos;s folder cannot be made</source>
        <translation>无法创建岗位库的文件夹</translation>
    </message>
    <message>
        <source>The library&apos;s folder does not exist</source>
        <translation>岗位库所在的文件夹不存在</translation>
    </message>
    <message>
        <source>There is no library there</source>
        <translation>那里没有岗位库</translation>
    </message>
    <message>
        <source>That is a folder, not a library</source>
        <translation>这是一个文件夹，不是岗位库</translation>
    </message>
    <message>
        <source>The library file cannot be reached</source>
        <translation>无法访问岗位库文件</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>岗位库已损坏</translation>
    </message>
    <message>
        <source>This is not a JD Editor library</source>
        <translation>这不是岗位说明书编辑器的岗位库</translation>
    </message>
    <message>
        <source>The library is from a newer JD Editor</source>
        <translation>岗位库来自更新版本的岗位说明书编辑器</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The database server does not answer</source>
        <translation>数据库服务器没有响应</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>服务器拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>The server has no such database</source>
        <translation>服务器上没有这个数据库</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>无法打开岗位库</translation>
    </message>
    <message>
        <source>The library could not be opened: {0}. Details are in the log file.</source>
        <translation>无法打开岗位库：{0}。详情见日志文件。</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>打开其他岗位库…</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>There are no automatic backups of this library.</source>
        <translation>这个岗位库没有自动备份。</translation>
    </message>
    <message>
        <source>Automatic &amp;backups of this library, newest first:</source>
        <translation>这个岗位库的自动备份（最新的在前）(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search titles and text (中文 or English)</source>
        <translation>搜索标题和正文（中文或英文）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Only postings in which the checks found errors not dismissed</source>
        <translation>只显示检查发现未忽略错误的岗位</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开岗位库…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Welcome to JD Editor</source>
        <translation>欢迎使用岗位说明书编辑器</translation>
    </message>
    <message>
        <source>Your library is empty. Create a posting, or import the job descriptions you already have from text, Word or JD Editor files.</source>
        <translation>岗位库还是空的。新建一个岗位，或从文本、Word 或本软件的文件导入已有的岗位说明书。</translation>
    </message>
    <message>
        <source>&amp;New posting</source>
        <translation>新建岗位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>找到 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}+ matches</source>
        <translation>找到 {0}+ 个</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) in the trash</source>
        <translation>
            <numerusform>回收站中有 %Ln 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>共 %Ln 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>LineRoles</name>
    <message>
        <source>Title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>栏目标题</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Kept as text</source>
        <translation>保留为文字</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空行</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>未设置标志</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>图片 ({0})</translation>
    </message>
    <message>
        <source>{0} is not an image JD Editor can read. Choose a PNG, JPEG, GIF or BMP file.</source>
        <translation>{0} 不是岗位说明书编辑器能读取的图片。请选择 PNG、JPEG、GIF 或 BMP 文件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JD Editor</source>
        <translation>岗位说明书编辑器</translation>
    </message>
    <message>
        <source>Choose a posting on the left, or create a new one.</source>
        <translation>在左侧选择一个岗位，或新建一个。</translation>
    </message>
    <message>
        <source>Library: {0}</source>
        <translation>岗位库：{0}</translation>
    </message>
    <message>
        <source>&amp;New Posting</source>
        <translation>新建岗位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>移到回收站(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>从回收站恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>显示回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About JD Editor</source>
        <translation>关于岗位说明书编辑器(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Untitled posting</source>
        <translation>未命名岗位</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them?</source>
        <translation>“{0}”有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Posting not found</source>
        <translation>找不到岗位</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>已保存“{0}”。</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <source>Duplicated as “{0}”.</source>
        <translation>已创建副本“{0}”。</translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash. Undo (Ctrl+Z) brings it back.</source>
        <translation>已将“{0}”移到回收站。撤销（Ctrl+Z）可以恢复。</translation>
    </message>
    <message>
        <source>Restored “{0}”.</source>
        <translation>已恢复“{0}”。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln posting(s).</source>
        <translation>
            <numerusform>已导入 %Ln 个岗位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovered changes: save them with Ctrl+S.</source>
        <translation>已恢复修改：按 Ctrl+S 保存。</translation>
    </message>
</context>
<context>
    <name>MoveSectionCommand</name>
    <message>
        <source>Move section</source>
        <translation>移动栏目</translation>
    </message>
</context>
<context>
    <name>NewFromTextDialog</name>
    <message>
        <source>New from Text</source>
        <translation>从文本新建</translation>
    </message>
    <message>
        <source>Paste the text of one or more postings, as copied from a job board, a web page or an e-mail. You will see what was found before anything is stored.</source>
        <translation>粘贴一个或多个岗位的文字（从招聘网站、网页或邮件复制）。保存之前会先让你检查识别结果。</translation>
    </message>
    <message>
        <source>Senior Product Manager
Responsibilities:
1. …
Requirements:
1. …</source>
        <translation>高级产品经理
岗位职责：
1. …
任职要求：
1. …</translation>
    </message>
    <message>
        <source>optional: where it came from, e.g. a job board and a date</source>
        <translation>可选：来源，例如招聘网站和日期</translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation>来源名称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>检查(&amp;R)…</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文字</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this notice</source>
        <translation>关闭此提示</translation>
    </message>
</context>
<context>
    <name>OthersChanges</name>
    <message>
        <source>Someone else moved this posting to the trash or deleted it. Your text is still here: save it as a new posting (Duplicate) or copy what you need.</source>
        <translation>别人已把这个岗位移到回收站或删除。你的内容仍在这里：可以另存为新岗位（复制），或复制需要的部分。</translation>
    </message>
    <message>
        <source>Someone else saved this posting — your save will ask how to combine the two versions.</source>
        <translation>别人保存了这个岗位——你保存时会询问如何合并两个版本。</translation>
    </message>
    <message>
        <source>Someone else saved this posting; it now shows their version.</source>
        <translation>别人保存了这个岗位；现在显示的是他们的版本。</translation>
    </message>
</context>
<context>
    <name>PostingEditor</name>
    <message>
        <source>Add section</source>
        <translation>添加栏目</translation>
    </message>
    <message>
        <source>Custom section</source>
        <translation>自定义栏目</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>采用建议</translation>
    </message>
</context>
<context>
    <name>PostingListModel</name>
    <message>
        <source>Title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved error(s) found by the checks</source>
        <translation>
            <numerusform>检查发现 %Ln 处未处理的错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingPickerDialog</name>
    <message>
        <source>Search title, department, text…</source>
        <translation>搜索职位名称、部门、正文…</translation>
    </message>
</context>
<context>
    <name>PostingReviewPanel</name>
    <message>
        <source>Section heading</source>
        <translation>栏目标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Each line became:</source>
        <translation>每行识别为：</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有提示。</translation>
    </message>
    <message>
        <source>{0}: a JD Editor file; it has no source text to show.</source>
        <translation>{0}：JD Editor 文件，没有可显示的原文。</translation>
    </message>
    <message>
        <source>{0}, lines {1}–{2}</source>
        <translation>{0} 第 {1}–{2} 行</translation>
    </message>
    <message>
        <source>separator {0}</source>
        <translation>分隔符 {0}</translation>
    </message>
    <message>
        <source>No sections were found.</source>
        <translation>没有找到栏目。</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>偏好设置已保存。</translation>
    </message>
    <message>
        <source>The new language applies the next time JD Editor starts.</source>
        <translation>新的界面语言将在下次启动岗位说明书编辑器时生效。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>JD Editor will use the new language the next time it starts.</source>
        <translation>下次启动时，岗位说明书编辑器将使用新的语言。</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>默认币种(&amp;C)：</translation>
    </message>
    <message>
        <source>A salary entered in the form without a currency gets this one.</source>
        <translation>在表单中填写薪资而未选币种时，使用此币种。</translation>
    </message>
    <message>
        <source>e.g. Star Technology Ltd.</source>
        <translation>例如：星辰科技有限公司</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>公司标志：</translation>
    </message>
    <message>
        <source>e.g. Send your CV to the address below, with the position in the subject.</source>
        <translation>例如：请将简历发送至下方邮箱，邮件标题注明应聘岗位。</translation>
    </message>
    <message>
        <source>How to &amp;apply:</source>
        <translation>应聘方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>联系邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Templates print these on every posting; how to apply and the e-mail only where a posting has no how-to-apply section of its own.</source>
        <translation>模板会在每份岗位说明书上印出这些信息；应聘方式和联系邮箱只用于本身没有“应聘方式”部分的岗位。</translation>
    </message>
    <message>
        <source>Template for &amp;Chinese postings:</source>
        <translation>中文岗位的模板(&amp;C)：</translation>
    </message>
    <message>
        <source>Template for E&amp;nglish postings:</source>
        <translation>英文岗位的模板(&amp;N)：</translation>
    </message>
    <message>
        <source>the folder used last time</source>
        <translation>上次使用的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>导出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>File › Export… starts with these; you can still choose others there. Leave the folder empty to start in the folder used last time.</source>
        <translation>“文件 › 导出…”以这些设置开始，导出时仍可另选。文件夹留空则从上次使用的文件夹开始。</translation>
    </message>
    <message>
        <source>Bundled default ({0})</source>
        <translation>内置默认（{0}）</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自有</translation>
    </message>
    <message>
        <source>&amp;Back up the library automatically</source>
        <translation>自动备份岗位库(&amp;B)</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>保留备份数(&amp;K)：</translation>
    </message>
    <message>
        <source>JD Editor keeps copies of the library file; when there are more than this, the oldest go first.</source>
        <translation>岗位说明书编辑器会保留岗位库文件的副本；超过此数量时，最早的副本先被删除。</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0}（找不到）</translation>
    </message>
    <message>
        <source>Contact e-mail: “{0}” is not an e-mail address. Enter one such as hr@example.com, or leave the field empty.</source>
        <translation>联系邮箱：“{0}”不是电子邮件地址。请填写如 hr@example.com 的地址，或留空。</translation>
    </message>
    <message>
        <source>Default currency: enter a three-letter code such as CNY, USD or EUR.</source>
        <translation>默认币种：请填写三个字母的代码，如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
        <source>Export folder: {0} is not a folder. Choose one with Browse…, or leave the field empty.</source>
        <translation>导出文件夹：{0} 不是文件夹。请用“浏览…”选择，或留空。</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>The preferences could not be saved: {0}</source>
        <translation>无法保存偏好设置：{0}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>The Word template whose numbering the preview shows</source>
        <translation>预览按此 Word 模板的编号样式显示</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>默认模板</translation>
    </message>
    <message>
        <source>&amp;Numbering as in:</source>
        <translation>编号样式(&amp;N)：</translation>
    </message>
    <message>
        <source>Preview of the open posting</source>
        <translation>当前岗位的预览</translation>
    </message>
    <message>
        <source>Default template ({0})</source>
        <translation>默认模板（{0}）</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Untitled posting</source>
        <translation>未命名岗位</translation>
    </message>
    <message>
        <source>Print “{0}”</source>
        <translation>打印“{0}”</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>“{0}” could not be printed: the printer did not start. Check that it is connected, or, when printing to a file, that its folder can be written to.</source>
        <translation>无法打印“{0}”：打印机未能启动。请检查打印机是否已连接；如果打印到文件，请检查该文件夹是否可写入。</translation>
    </message>
    <message numerus="yes">
        <source>Printed “{0}” to {1} (%Ln page(s)).</source>
        <translation>
            <numerusform>已将“{0}”打印到 {1}（%Ln 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent “{0}” to the printer (%Ln page(s)).</source>
        <translation>
            <numerusform>已将“{0}”发送到打印机（%Ln 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed as the form shows it: the changes are not saved yet.</source>
        <translation>按表单当前内容打印：修改尚未保存。</translation>
    </message>
    <message>
        <source>{0} (unsaved changes)</source>
        <translation>{0}（有未保存的修改）</translation>
    </message>
    <message>
        <source>Print Preview – {0}</source>
        <translation>打印预览 – {0}</translation>
    </message>
</context>
<context>
    <name>ReReadDialog</name>
    <message>
        <source>Re-read {0}</source>
        <translation>重新读取 {0}</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>for example ^-{3,}$ or ^={3,}$</source>
        <translation>例如 ^-{3,}$ 或 ^={3,}$</translation>
    </message>
    <message>
        <source>Read it again. The postings found replace the ones listed now from it (with the changes made to them).</source>
        <translation>重新读取。读到的岗位会替换列表中现有的、来自它的岗位（包括对它们的修改）。</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0}{1}</translation>
    </message>
    <message>
        <source>Encoding used so far: {0}.</source>
        <translation>目前使用的编码：{0}。</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>文本编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Posting &amp;separator:</source>
        <translation>岗位分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>A regular expression; every line that matches it as a whole separates two postings. Leave it empty to find postings by their titles.</source>
        <translation>正则表达式；整行与之匹配的行把前后分成两个岗位。留空则按岗位名称识别岗位。</translation>
    </message>
    <message>
        <source>Re-read</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>This is not a valid regular expression: {0}.</source>
        <translation>这不是有效的正则表达式：{0}。</translation>
    </message>
</context>
<context>
    <name>RemoveSectionCommand</name>
    <message>
        <source>Remove section</source>
        <translation>删除栏目</translation>
    </message>
</context>
<context>
    <name>RenameSectionCommand</name>
    <message>
        <source>Rename section</source>
        <translation>重命名栏目</translation>
    </message>
</context>
<context>
    <name>ReplaceContentCommand</name>
    <message>
        <source>Restore revision {0}</source>
        <translation>恢复第 {0} 版</translation>
    </message>
</context>
<context>
    <name>RewordCommand</name>
    <message>
        <source>Reword to “{0}”</source>
        <translation>统一为“{0}”</translation>
    </message>
</context>
<context>
    <name>RewordDialog</name>
    <message>
        <source>Reword a Family of Statements</source>
        <translation>统一一组表述的措辞</translation>
    </message>
    <message>
        <source>Choose the wording every posting in this family should use, or edit it. Each posting that changes gets a revision; Undo in the Families tab takes the whole change back.</source>
        <translation>选择这一组所有岗位应使用的措辞，也可以自行修改。每个被修改的岗位都会保存一个修订版本；“相似表述”页中的“撤销”可整体撤回这次修改。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>The wording to use</source>
        <translation>要使用的措辞</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Wordings in use:</source>
        <translation>正在使用的措辞：</translation>
    </message>
    <message>
        <source>New wording:</source>
        <translation>新措辞：</translation>
    </message>
    <message>
        <source>Postings that would change:</source>
        <translation>将被修改的岗位：</translation>
    </message>
    <message>
        <source>Type the wording to use.</source>
        <translation>请输入要使用的措辞。</translation>
    </message>
    <message>
        <source>Untitled posting</source>
        <translation>未命名岗位</translation>
    </message>
    <message>
        <source>Left alone: {0}</source>
        <translation>不修改：{0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) reworded</source>
        <translation>
            <numerusform>%Ln 条改为新措辞</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) will change.</source>
        <translation>
            <numerusform>将修改 %Ln 个岗位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s) left alone.</source>
        <translation>
            <numerusform>%Ln 个岗位不修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>采用对方的版本</translation>
    </message>
    <message>
        <source>Loaded their version. Undo (Ctrl+Z) brings your edits back.</source>
        <translation>已载入对方的版本。撤销（Ctrl+Z）可找回您的修改。</translation>
    </message>
    <message>
        <source>Merge with their version</source>
        <translation>与对方的版本合并</translation>
    </message>
    <message>
        <source>Merged with their version: review it, then save.</source>
        <translation>已与对方的版本合并：请检查后再保存。</translation>
    </message>
    <message>
        <source>Replace your unsaved edits of “{0}” with their version? Undo (Ctrl+Z) brings your edits back while the posting stays open.</source>
        <translation>用对方的版本替换您对“{0}”尚未保存的修改吗？在关闭该岗位之前，撤销（Ctrl+Z）可找回您的修改。</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>Someone else saved this posting</source>
        <translation>其他人已保存了该岗位</translation>
    </message>
    <message>
        <source>“{0}” was saved by someone else while you were editing it. Nothing has been overwritten.</source>
        <translation>您编辑“{0}”期间，其他人保存了它。尚未覆盖任何内容。</translation>
    </message>
    <message>
        <source>What you opened (revision {0})</source>
        <translation>您打开时的版本（第 {0} 版）</translation>
    </message>
    <message>
        <source>Theirs (revision {0})</source>
        <translation>对方的版本（第 {0} 版）</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>您的版本（未保存）</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>对方的修改</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>Save your version on top of theirs; theirs stays in the history.</source>
        <translation>在对方的版本之上保存您的版本；对方的版本保留在历史记录中。</translation>
    </message>
    <message>
        <source>&amp;Take Theirs…</source>
        <translation>采用对方的(&amp;T)…</translation>
    </message>
    <message>
        <source>Load their version; your edits stay one Undo (Ctrl+Z) away.</source>
        <translation>载入对方的版本；撤销（Ctrl+Z）即可找回您的修改。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Put both sets of changes in the form, to review and then save.</source>
        <translation>把双方的修改都放进表单，检查后再保存。</translation>
    </message>
    <message>
        <source>Their version is revision {0}.</source>
        <translation>对方的版本是第 {0} 版。</translation>
    </message>
    <message>
        <source>They saved revision {0} at {1}.</source>
        <translation>对方于 {1} 保存了第 {0} 版。</translation>
    </message>
    <message>
        <source>Their note: “{0}”.</source>
        <translation>对方的备注：“{0}”。</translation>
    </message>
    <message>
        <source>Your changes and theirs do not overlap: Merge puts both in the form, for you to review and save.</source>
        <translation>您和对方的修改互不重叠：“合并”会把两者都放进表单，供您检查后保存。</translation>
    </message>
    <message>
        <source>Changes that do not overlap are merged for you. Where you both changed the same thing, choose which one to keep:</source>
        <translation>互不重叠的修改已自动合并。双方都改动了的地方，请选择保留哪一个：</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>before: {0}</source>
        <translation>原来：{0}</translation>
    </message>
    <message>
        <source>Dismissed check “{0}”</source>
        <translation>已忽略的检查“{0}”</translation>
    </message>
    <message>
        <source>Heading of the section “{0}”</source>
        <translation>“{0}”部分的标题</translation>
    </message>
    <message>
        <source>Item in “{0}”</source>
        <translation>“{0}”中的条目</translation>
    </message>
    <message>
        <source>(not dismissed)</source>
        <translation>（未忽略）</translation>
    </message>
    <message>
        <source>(dismissed, no reason given)</source>
        <translation>（已忽略，未写理由）</translation>
    </message>
    <message>
        <source>(section removed)</source>
        <translation>（该部分已删除）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>SectionEditorWidget</name>
    <message>
        <source>Paste items</source>
        <translation>粘贴条目</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>添加段落</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>No items yet — press Enter or click Add item</source>
        <translation>还没有条目——按 Enter 键或点击“添加条目”</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>增加缩进</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>减少缩进</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Convert to paragraph</source>
        <translation>转为段落</translation>
    </message>
    <message>
        <source>Paste as items</source>
        <translation>粘贴为条目</translation>
    </message>
    <message>
        <source>Convert to item</source>
        <translation>转为条目</translation>
    </message>
</context>
<context>
    <name>SectionFrame</name>
    <message>
        <source>Section heading</source>
        <translation>栏目标题</translation>
    </message>
    <message>
        <source>What this section holds (used by exports)</source>
        <translation>本栏目的内容类型（导出时使用）</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>上移栏目</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>下移栏目</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>删除栏目</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <source>Duties</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>任职要求</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>福利待遇</translation>
    </message>
    <message>
        <source>About the company</source>
        <translation>公司介绍</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>应聘方式</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>StatementsActions</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>表述库</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>相似表述</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>表述库(&amp;S)</translation>
    </message>
    <message>
        <source>Open a posting with a section of this kind to insert a statement.</source>
        <translation>请先打开一个含有该类部分的岗位，再插入表述。</translation>
    </message>
    <message>
        <source>Insert statement</source>
        <translation>插入表述</translation>
    </message>
    <message>
        <source>Statement inserted. Undo (Ctrl+Z) takes it out.</source>
        <translation>已插入表述。撤销（Ctrl+Z）可将其移除。</translation>
    </message>
    <message>
        <source>The statements could not be read; the log file has the details.</source>
        <translation>无法读取表述库；详细信息见日志文件。</translation>
    </message>
    <message>
        <source>open with unsaved edits</source>
        <translation>已打开且有未保存的修改</translation>
    </message>
    <message numerus="yes">
        <source>Reworded %Ln posting(s). Undo in the Families tab takes it back.</source>
        <translation>
            <numerusform>已修改 %Ln 个岗位的措辞。可在“相似表述”页撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reword undone</source>
        <translation>已撤销措辞修改</translation>
    </message>
    <message>
        <source>Postings saved since the reword were left as they are: {0}</source>
        <translation>以下岗位在修改措辞后又保存过，保持不变：{0}</translation>
    </message>
    <message numerus="yes">
        <source>Put %Ln posting(s) back as they were.</source>
        <translation>
            <numerusform>已将 %Ln 个岗位恢复原样。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reword</source>
        <translation>无法修改措辞</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Search statements</source>
        <translation>搜索表述</translation>
    </message>
    <message>
        <source>Show starter statements</source>
        <translation>显示推荐表述</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>Add the statement as a new item of the section being edited (Enter)</source>
        <translation>将表述作为新条目加入正在编辑的部分（Enter）</translation>
    </message>
    <message>
        <source>Mark as preferred wording</source>
        <translation>标为首选措辞</translation>
    </message>
    <message>
        <source>Loading statements…</source>
        <translation>正在读取表述…</translation>
    </message>
    <message>
        <source>No statements match “{0}”.</source>
        <translation>没有与“{0}”匹配的表述。</translation>
    </message>
    <message>
        <source>No statements of this kind yet.</source>
        <translation>这一类还没有表述。</translation>
    </message>
    <message>
        <source>The {0} most used of {1}+; search to find others.</source>
        <translation>显示最常用的 {0} 条（共 {1}+ 条）；搜索可找到其他表述。</translation>
    </message>
    <message>
        <source>The {0} most used of {1}; search to find others.</source>
        <translation>显示最常用的 {0} 条（共 {1} 条）；搜索可找到其他表述。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s)</source>
        <translation>
            <numerusform>共 %Ln 条表述</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln use(s)</source>
        <translation>
            <numerusform>使用 %Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <source>starter</source>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>&amp;Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>TemplateGuideDialog</name>
    <message>
        <source>Template Guide</source>
        <translation>模板指南</translation>
    </message>
    <message>
        <source>The template guide ({0}) is missing from this installation.</source>
        <translation>此安装中缺少模板指南（{0}）。</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Template &amp;Guide</source>
        <translation>模板指南(&amp;G)</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>The first page cannot be drawn:
{0}</source>
        <translation>无法绘制第一页：
{0}</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>Templates that come with JD Editor cannot be removed.</source>
        <translation>JD Editor 自带的模板不能删除。</translation>
    </message>
    <message>
        <source>Drawing the first page…</source>
        <translation>正在绘制第一页…</translation>
    </message>
    <message>
        <source>Filled in with the open posting, “{0}”.</source>
        <translation>以当前打开的岗位“{0}”填充。</translation>
    </message>
    <message>
        <source>Filled in with a sample posting.</source>
        <translation>以示例岗位填充。</translation>
    </message>
    <message>
        <source>An approximate picture: install LibreOffice to see the page exactly as it prints.</source>
        <translation>近似效果图：安装 LibreOffice 后可看到与打印完全一致的页面。</translation>
    </message>
    <message>
        <source>Add Template</source>
        <translation>添加模板</translation>
    </message>
    <message>
        <source>Word templates (*.docx)</source>
        <translation>Word 模板 (*.docx)</translation>
    </message>
    <message>
        <source>It has no placeholders at all, so every posting would come out as this same document: an exported posting is not a template. Type tags such as {{ posting.title }} where the posting&apos;s values go (the Template Guide lists them and has a template to copy), or start from a copy of a bundled template.</source>
        <translation>文档中没有任何占位标签，所有岗位导出后都会是这同一份文档：导出的岗位说明书不是模板。请在需要填入岗位内容的位置输入标签，例如 {{ posting.title }}（模板指南列出了全部标签，并附有可照抄的模板），或者复制一份内置模板再修改。</translation>
    </message>
    <message>
        <source>{0} was not added: it cannot be used as a template.</source>
        <translation>未添加 {0}：它不能用作模板。</translation>
    </message>
    <message>
        <source>Correct this in Word, save the file and add it again. The Template Guide lists the tags a template can use.</source>
        <translation>请在 Word 中改正以上问题，保存后重新添加。模板指南列出了模板可以使用的标签。</translation>
    </message>
    <message>
        <source>A template named {0} comes with JD Editor. Use yours instead? (Removing yours later brings the original back.)</source>
        <translation>JD Editor 自带名为 {0} 的模板。改用您的模板吗？（以后删除您的模板即可恢复原模板。）</translation>
    </message>
    <message>
        <source>You already have a template named {0}. Replace it?</source>
        <translation>已有名为 {0} 的模板。要替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Remove Template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Remove the template {0}? Its file is deleted.</source>
        <translation>删除模板 {0} 吗？其文件将被删除。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context>
</TS>
