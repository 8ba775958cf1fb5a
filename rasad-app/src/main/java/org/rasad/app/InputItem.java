package org.rasad.app;

import org.rasad.core.model.Article;

/**
 * One document read from the inputs: the article, or why it could not be read.
 * A bad document never stops the others; it becomes an error record in the output.
 */
record InputItem(String id, Article article, String error) {

    static InputItem ok(Article a) {
        return new InputItem(a.id(), a, null);
    }

    static InputItem failed(String id, String error) {
        return new InputItem(id, null, error);
    }
}
