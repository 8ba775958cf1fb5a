package org.rasad.app;

import java.nio.file.Path;
import org.rasad.core.extract.Lexicon;
import picocli.CommandLine.Option;

/** {@code --dict DIR}: the analyst's own dictionary files, added to the bundled ones. */
final class DictionaryOption {

    @Option(names = "--dict", paramLabel = "DIR",
            description = "directory with your own cues.tsv / actors.tsv / countries.tsv / persons.tsv / places.tsv;"
                    + " their rows are added to the bundled dictionaries (an actor alias you give again replaces ours)")
    Path dir;

    Lexicon lexicon() {
        return dir == null ? Lexicon.bundled() : Lexicon.withUserDictionaries(dir);
    }
}
