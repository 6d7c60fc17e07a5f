package org.tessera.crm.view;

/**
 * The text colour that reads best on a background an admin chose (a stage's colour): black or
 * white, whichever contrasts more by the WCAG 2 relative luminance.
 */
public final class ReadableText {

  public static final String DARK = "#1b1f23";
  public static final String LIGHT = "#ffffff";

  private ReadableText() {}

  /**
   * @param background {@code #rrggbb}
   */
  public static String on(String background) {
    double luminance = luminance(background);
    double withDark = (luminance + 0.05) / (luminance(DARK) + 0.05);
    double withLight = (luminance(LIGHT) + 0.05) / (luminance + 0.05);
    return withDark >= withLight ? DARK : LIGHT;
  }

  /** WCAG 2 relative luminance of a {@code #rrggbb} colour, 0 (black) to 1 (white). */
  static double luminance(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
