package org.microcert.taxonomy.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The "why" of a one-line error message for an I/O failure, in words and without Java exception
 * class names: {@code "no such file: /x"}, {@code "permission denied: /x"}, else the exception's
 * own message.
 */
public final class IoReasons {

  private IoReasons() {}

  /** Why {@code e} happened, for "Cannot <verb> <thing>: <why>". */
  public static String of(Throwable e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (t instanceof FileSystemException f) {
      String what =
          f instanceof NoSuchFileException
              ? "no such file or folder"
              : f instanceof AccessDeniedException
                  ? "permission denied"
                  : f instanceof FileAlreadyExistsException
                      ? "already exists"
                      : f instanceof DirectoryNotEmptyException
                          ? "folder not empty"
                          : f instanceof NotDirectoryException
                              ? "not a folder"
                              : f.getReason() == null ? "file system error" : f.getReason();
      return f.getFile() == null ? what : what + ": " + f.getFile();
    }
    if (t instanceof IOException && t.getMessage() != null) {
      return t.getMessage();
    }
    return t.getMessage() == null ? "input/output error" : t.getMessage();
  }
}
