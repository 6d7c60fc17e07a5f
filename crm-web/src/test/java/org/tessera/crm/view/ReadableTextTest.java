package org.tessera.crm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableTextTest {

  @Test
  void lightStageColoursGetDarkTextAndDarkOnesLightText() {
    assertEquals(ReadableText.DARK, ReadableText.on("#ffffff"));
    assertEquals(ReadableText.DARK, ReadableText.on("#7bd500"), "the success green is light");
    assertEquals(ReadableText.DARK, ReadableText.on("#2fc6f6"), "the in-progress blue too");
    assertEquals(ReadableText.LIGHT, ReadableText.on("#000000"));
    assertEquals(ReadableText.LIGHT, ReadableText.on("#1f3a93"), "a navy");
    assertEquals(ReadableText.LIGHT, ReadableText.on("#8e1b1b"), "a dark red");
  }

  @Test
  void luminanceFollowsWcag() {
    assertEquals(1.0, ReadableText.luminance("#ffffff"), 1e-9);
    assertEquals(0.0, ReadableText.luminance("#000000"), 1e-9);
    assertEquals(0.2126, ReadableText.luminance("#ff0000"), 1e-4);
  }
}
