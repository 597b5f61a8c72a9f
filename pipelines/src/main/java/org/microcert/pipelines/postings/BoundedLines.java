package org.microcert.pipelines.postings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, a {@code \r} before it dropped) while checking the
 * length limit as it reads: a line longer than the limit is skipped to its end without being held
 * in memory (a gzip bomb of one 3-billion-character line costs one buffer), and reported with its
 * length. Lines are decoded as strict UTF-8: invalid bytes are reported with their offset in the
 * line; a valid U+FFFD character is ordinary text. A UTF-8 byte order mark at the very start is
 * skipped.
 */
final class BoundedLines {

  /** One physical line: its text, or why there is none. */
  record Line(long number, long length, String text, String problem, int quotes) {
    boolean ok() {
      return problem == null;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private byte[] line = new byte[1 << 12];
  private long number;
  private boolean first = true;

  BoundedLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Lines read so far (the number of the last line returned). */
  long lineNumber() {
    return number;
  }

  /**
   * The next line, or null at the end of the stream.
   *
   * @throws IOException if the stream cannot be read (a truncated gzip stream, for one)
   */
  Line next() throws IOException {
    int len = 0;
    long total = 0;
    int quotes = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          break;
        }
        if (first) {
          first = false;
          if (end >= 3
              && (buf[0] & 0xff) == 0xEF
              && (buf[1] & 0xff) == 0xBB
              && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
          }
        }
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl < 0 ? end : nl;
      for (int i = pos; i < stop; i++) {
        if (buf[i] == '"') {
          quotes++;
        }
      }
      int n = stop - pos;
      if (total + n <= maxBytes) {
        if (len + n > line.length) {
          line = Arrays.copyOf(line, Math.max(len + n, Math.min(maxBytes, line.length * 2)));
        }
        System.arraycopy(buf, pos, line, len, n);
        len += n;
      }
      total += n;
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    if (total > maxBytes) {
      return new Line(
          number, total, null, "line of " + total + " bytes is over the 5 MB limit", quotes);
    }
    if (len > 0 && line[len - 1] == '\r') {
      len--;
      total--;
    }
    return decode(len, total, quotes);
  }

  private Line decode(int len, long total, int quotes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, len);
    CharBuffer chars = CharBuffer.allocate(len);
    CoderResult r = d.decode(bytes, chars, true);
    if (!r.isError()) {
      r = d.flush(chars);
    }
    if (r.isError()) {
      int at = bytes.position();
      return new Line(
          number,
          total,
          null,
          String.format(
              "invalid UTF-8 byte 0x%02X at byte %d of the line", line[at] & 0xff, at + 1),
          quotes);
    }
    chars.flip();
    return new Line(number, total, chars.toString(), null, quotes);
  }
}
