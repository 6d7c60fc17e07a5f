package org.tessera.crm.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class WordTextTest {

  private static String xml(String value) {
    return inside("w:t", value);
  }

  private static String inside(String textElement, String value) {
    Element text =
        XMLHelper.newDocumentBuilder().newDocument().createElementNS(ParagraphText.W, textElement);
    return new String(WordText.inside(text).utf8(value), StandardCharsets.UTF_8);
  }

  @Test
  void markupCharactersAreEscaped() {
    assertEquals("Smith &amp; Sons &lt;b&gt;", xml("Smith & Sons <b>"));
  }

  @Test
  void lineBreaksOfAnyKindBecomeWordBreaks() {
    String breakElement = "</w:t><w:br/><w:t xml:space=\"preserve\">";

    assertEquals("a" + breakElement + "b" + breakElement + "c", xml("a\r\nb\nc"));
  }

  @Test
  void tabsBecomeWordTabs() {
    assertEquals("a</w:t><w:tab/><w:t xml:space=\"preserve\">b", xml("a\tb"));
  }

  @Test
  void breaksUseTheNamespacePrefixOfTheTextTheyStandIn() {
    assertEquals("a</t><br/><t xml:space=\"preserve\">b", inside("t", "a\nb"));
    assertEquals("a</ns0:t><ns0:br/><ns0:t xml:space=\"preserve\">b", inside("ns0:t", "a\nb"));
  }

  @Test
  void charactersXmlCannotCarryAreLeftOut() {
    assertEquals("ab", xml("a\u0001\u000Bb"));
  }

  @Test
  void plainTextIsWrittenAsItIs() {
    assertEquals("Société Générale", xml("Société Générale"));
  }
}
