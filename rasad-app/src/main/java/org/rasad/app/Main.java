package org.rasad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code rasad} command line. User mistakes (a missing file, a bad option, a
 * broken dictionary) print one line on stderr and exit non-zero; no stack traces.
 */
@Command(name = "rasad", mixinStandardHelpOptions = true, version = "rasad 0.1.0",
        description = "Arabic conflict news in, ACLED-style events out.",
        subcommands = {ExtractCommand.class, EventsCommand.class, BenchCommand.class, GazetteerCommand.class,
                IngestCommand.class, ExportCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("rasad: " + message(e));
            return 2;
        });
        return cli.execute(args);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
