package org.rasad.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.rasad.core.model.Article;

/**
 * Full-text search over articles with Lucene's Arabic analysis (normalisation of alef, hamza,
 * teh marbuta and diacritics, stop words, light stemming), so «هجوم» finds «الهجوم» and «بالهجوم».
 * It sits beside the database rather than in it, so that it gives the same answers on SQLite and
 * PostgreSQL. Every word of a query must occur. Thread-safe.
 */
final class ArticleSearch implements AutoCloseable {

    private static final String ID = "id";
    private static final String BODY = "body";

    private final Analyzer analyzer = new ArabicAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Set<String>> matches = new ConcurrentHashMap<>();

    ArticleSearch() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the in-memory article index", e);
        }
    }

    void add(List<Article> articles) {
        try {
            for (Article a : articles) {
                Document d = new Document();
                d.add(new StringField(ID, a.id(), Field.Store.YES));
                d.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
                d.add(new TextField(BODY, (a.title() == null ? "" : a.title() + "\n") + a.text(), Field.Store.NO));
                writer.addDocument(d);
            }
            searchers.maybeRefreshBlocking();
            matches.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index articles", e);
        }
    }

    /** Ids of the best matching articles, best first, at most {@code max}. */
    List<String> search(String text, int max) {
        Query q = query(text);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(q, Math.max(1, Math.min(max, s.getIndexReader().maxDoc())));
                StoredFields fields = s.storedFields();
                List<String> ids = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    ids.add(fields.document(sd.doc).get(ID));
                }
                return ids;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("article search failed", e);
        }
    }

    /**
     * Every matching article id, unordered: what event filtering needs. Collected without scoring,
     * ids read from doc values; the answers to recent queries are kept (a user pages through one
     * search) until the next articles arrive.
     */
    Set<String> matching(String text) {
        Query q = query(text);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                // keyed by the index version too, so an answer never outlives the articles it was computed on
                String key = ((DirectoryReader) s.getIndexReader()).getVersion() + "\u0000" + text;
                Set<String> cached = matches.get(key);
                if (cached != null) {
                    return cached;
                }
                Set<String> ids = new HashSet<>();
                s.search(q, new IdCollector(ids));
                Set<String> result = Set.copyOf(ids);
                if (matches.size() >= 256) {
                    matches.clear();
                }
                matches.put(key, result);
                return result;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("article search failed", e);
        }
    }

    /** Collects the ids of all matching documents, in no order. */
    private static final class IdCollector extends SimpleCollector {
        private final Set<String> ids;
        private SortedDocValues values;

        IdCollector(Set<String> ids) {
            this.ids = ids;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSorted(context.reader(), ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The documents matching an events query's text, or null when it has none (no text filter). */
    Set<String> documentsFor(EventQuery q) {
        return q.text() == null ? null : matching(q.text());
    }

    int count(String text) {
        Query q = query(text);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(q);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("article search failed", e);
        }
    }

    private Query query(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int terms = 0;
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                b.add(new TermQuery(new Term(BODY, term.toString())), BooleanClause.Occur.MUST);
                terms++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms == 0) {
            throw ApiException.badRequest("q: «" + text + "» has no searchable words (only stop words or punctuation)");
        }
        if (terms > 64) {
            throw ApiException.badRequest("q: at most 64 words");
        }
        return b.build();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
