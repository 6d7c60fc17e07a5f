package org.tessera.crm.communication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void scriptsStylesCommentsAndTagsGoAndBlocksBreakLines() {
    String html =
        "<html><head><title>x</title></head><body><!-- hidden --><header>Hi</header>"
            + "<script>alert(1)</script><div>Line\n one</div><p>Line &amp; <i>two</i></p>"
            + "<ul><li>a</li><li>b</li></ul></body></html>";

    assertEquals("Hi\nLine one\nLine & two\na\nb", HtmlText.of(html));
  }

  @Test
  void unclosedScriptHidesTheRestAndBadEntitiesStayAsWritten() {
    assertEquals("Shown &#99999999; &bogus;", HtmlText.of("Shown &#99999999; &bogus;<script>x"));
  }

  @Test
  void craftedMarkupTakesLinearTime() {
    String crafted = "<".repeat(200_000) + "<script".repeat(20_000) + "<!--".repeat(20_000);

    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> HtmlText.of(crafted));
  }
}
