package org.rasad.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rasad.core.model.Article;

/**
 * The main text of a news page: the {@code <article>} element when there is one, else the
 * element holding the most paragraph text; navigation, headers, footers, asides, scripts and
 * forms are removed first. The headline and paragraphs become lines of the text.
 */
final class HtmlText {

    private HtmlText() {
    }

    static Article article(String id, byte[] html) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doc.select("script, style, nav, header, footer, aside, form, noscript, iframe, .related, .share, .comments").remove();
        String title = doc.title().isBlank() ? null : doc.title().strip();
        Element h1 = doc.selectFirst("h1");
        Element body = doc.selectFirst("article");
        if (body == null) {
            body = densest(doc);
        }
        StringBuilder text = new StringBuilder();
        if (h1 != null && (body == null || !body.text().contains(h1.text()))) {
            text.append(h1.text()).append("\n\n");
        }
        if (body != null) {
            for (Element e : body.select("h1, h2, h3, p, li, blockquote")) {
                if (!e.text().isBlank() && e.select("p").size() <= (e.tagName().equals("p") ? 1 : 0)) {
                    text.append(e.text()).append("\n\n");
                }
            }
            if (text.length() == 0) {
                text.append(body.wholeText().strip());
            }
        }
        return new Article(id, text.toString().strip(), null, null, null, title);
    }

    private static Element densest(Document doc) {
        Element best = doc.body();
        int bestLength = 0;
        for (Element e : doc.select("div, section, main")) {
            int length = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p")) {
                    length += p.text().length();
                }
            }
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }
}
