package org.tessera.crm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  /** An apostrophe not doubled, which MessageFormat would swallow. */
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @Test
  void everyTextExistsInEnglishAndFrench() throws IOException {
    assertEquals(
        new TreeSet<>(load("messages.properties").stringPropertyNames()),
        new TreeSet<>(load("messages_fr.properties").stringPropertyNames()));
  }

  @Test
  void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
    for (String bundle : List.of("messages.properties", "messages_fr.properties")) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        assertTrue(
            !text.contains("{0}") || !LONE_APOSTROPHE.matcher(text).find(),
            bundle + " " + key + ": write '' for an apostrophe in a text with arguments");
      }
    }
  }

  private static Properties load(String name) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/org/tessera/crm/i18n/" + name)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }
}
