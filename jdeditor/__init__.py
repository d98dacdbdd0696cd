"""JD Editor (岗位说明书编辑器): a desktop library for job descriptions."""

__version__ = "0.1.0"
