package org.microcert.jobs.config;

import java.util.regex.Pattern;

/** Masks secrets in JDBC URLs and in messages that may quote one, before they are printed. */
public final class JdbcUrls {

  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)((?:password|pwd)=)[^&;\\s]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]*(@)");

  private JdbcUrls() {}

  /** {@code text} with every {@code password=...} value and {@code user:password@} masked. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    String s = PASSWORD_PARAM.matcher(text).replaceAll("$1***");
    return USER_INFO.matcher(s).replaceAll("$1***$2");
  }

  /** Like {@link #mask(String)}, also hiding each of the {@code secrets} wherever it appears. */
  public static String mask(String text, String... secrets) {
    String s = mask(text);
    for (String secret : secrets) {
      if (s != null && secret != null && secret.length() >= 3) {
        s = s.replace(secret, "***");
      }
    }
    return s;
  }
}
