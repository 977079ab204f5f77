package dev.lineup.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Shows a sign-in page: the address always goes to stderr (a server has no browser; the user opens it
 * elsewhere), and where there is a desktop the default browser is asked to open it too.
 */
final class BrowserPrompt implements Consumer<URI> {
    private final PrintWriter err;

    BrowserPrompt(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(URI uri) {
        err.println("lineup: open this address in a browser to sign in (waiting for the answer):");
        err.println(uri);
        err.flush();
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return;
        }
        try {
            Desktop.getDesktop().browse(uri);
        } catch (Exception e) {
            err.println("lineup: could not start the browser (" + e.getMessage() + "); open the address by hand");
            err.flush();
        }
    }
}
