package dev.lineup.source;

import dev.lineup.model.XtreamAccount;
import dev.lineup.task.Cancellation;
import okhttp3.OkHttpClient;

/** Logs in to the Xtream server at {@code args[0]} and prints what it read (run with -Xmx256m by tests). */
public final class XtreamLoginMain {
    private XtreamLoginMain() {
    }

    public static void main(String[] args) throws Exception {
        OkHttpClient http = new OkHttpClient();
        XtreamAccount a = new XtreamClient(new Fetcher(http, DownloadLimits.DEFAULTS), args[0], "bob", "hunter2",
                Cancellation.none()).account();
        System.out.println("status=" + a.status() + " expires=" + a.expiresAt() + " max=" + a.maxConnections());
        System.out.flush();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        System.exit(0);
    }
}
