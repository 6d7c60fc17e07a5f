package org.tessera.crm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CommentHtmlTest {

  @Test
  void markupIsShownAsTextNeverRun() {
    String html = CommentHtml.of("<script>alert('x')</script> & <img src=x onerror=alert(1)>");

    assertEquals(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;",
        html);
  }

  @Test
  void webAddressesBecomeLinksThatOpenApart() {
    assertEquals(
        "See <a href=\"https://example.com/offer?id=1&amp;x=2\" rel=\"noopener noreferrer"
            + " nofollow\" target=\"_blank\">https://example.com/offer?id=1&amp;x=2</a>.<br/>Bye",
        CommentHtml.of("See https://example.com/offer?id=1&x=2.\r\nBye"));
  }

  @Test
  void anAddressCannotBreakOutOfItsAttribute() {
    String html = CommentHtml.of("http://x.test/\"onmouseover=\"alert(1)");

    assertFalse(html.contains("\"onmouseover"));
    assertFalse(html.contains("javascript:"));
  }

  @Test
  void onlyWebAddressesAreLinked() {
    assertEquals("javascript:alert(1)", CommentHtml.of("javascript:alert(1)"));
  }
}
