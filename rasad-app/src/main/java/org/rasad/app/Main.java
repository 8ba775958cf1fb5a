package org.rasad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code rasad} command line. */
@Command(name = "rasad", mixinStandardHelpOptions = true, version = "rasad 0.1.0",
        description = "Arabic conflict news in, ACLED-style events out.")
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
