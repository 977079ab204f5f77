package dev.lineup.cli;

import dev.lineup.service.publish.TargetService;
import dev.lineup.output.Manifest;
import dev.lineup.model.TargetConfig;
import dev.lineup.service.common.Env;
import dev.lineup.service.common.StandardProviders;
import dev.lineup.service.publish.SignIns;
import dev.lineup.service.publish.TargetSettings;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.sync.SyncProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command-line form of each recovery wizard action, printed under a problem's {@code KIND: facts}
 * line: the same fixes in the same order, each a complete command (data directory, target and layouts
 * included) that can be pasted as it is.
 */
final class RecoveryAdvice {
    private final Path dataDir;
    private final String target;
    private final Optional<TargetConfig> config;
    private final List<String> layouts;
    private final String installation;

    RecoveryAdvice(Path dataDir, String target, Optional<TargetConfig> config, List<String> layouts,
                   String installation) {
        this.dataDir = dataDir;
        this.target = target;
        this.config = config;
        this.layouts = List.copyOf(layouts);
        this.installation = installation;
    }

    /** Advice for {@code target} in the open workspace; {@code layouts} as the failed publish named them. */
    static RecoveryAdvice of(Workspace ws, Env env, String target, List<String> layouts) {
        String name = ws.settings().installationName().orElse("NAME");
        return new RecoveryAdvice(ws.dataDir(), target, TargetService.of(ws, env).find(target), layouts, name);
    }

    /** The summary, then one line per action: "  - label: command". */
    void print(SyncProblem problem, PrintWriter err) {
        err.println("  " + problem.summary());
        for (RecoveryAction a : problem.actions()) {
            if (a == RecoveryAction.CANCEL) {
                continue;
            }
            err.println("  - " + a.label() + how(a, problem).map(h -> ": " + h).orElse(""));
        }
        if (problem.kind() == dev.lineup.sync.ProblemKind.RATE_LIMITED) {
            // Retried automatically until the budget ran out: the provider's own time for the next try.
            String at = problem.facts().get("nextRetryAt");
            err.println("  - Publish again" + (at == null ? " in a few minutes" : " at " + at + " or later") + ": "
                    + publish());
        }
    }

    /** The command (or the one thing to do) for {@code a}; empty when there is nothing to run. */
    Optional<String> how(RecoveryAction a, SyncProblem problem) {
        String layout = problem.facts().getOrDefault("layout", layouts.size() == 1 ? layouts.get(0) : "LAYOUT");
        String file = problem.facts().get("file");
        switch (a) {
            case PUBLISH_UNDER_OTHER_NAME: return Optional.of(cmd("publish", layout, "--target", target, "--as",
                    layout + " (" + installation + ")"));
            case TAKE_OVER_LAYOUT: return Optional.of(publish("--take-over-layout"));
            case KEEP_THEIRS: return Optional.of(file == null || file.equals(dev.lineup.output.Manifest.FILE_NAME)
                    ? "nothing to run: their version stays until you publish "
                    + "with --overwrite" : publish("--keep-theirs", file));
            case WAIT_AND_RETRY: return Optional.of(publish("--wait", "10m"));
            case TAKE_OVER_STALE: return Optional.of(cmd("lock", "release", target));
            case FORCE_TAKEOVER: return Optional.of(cmd("lock", "takeover", target, "--force") + " && " + publish());
            case REAUTHORIZE: return Optional.of(reauthorize());
            case OVERWRITE: return Optional.of(publish("--overwrite"));
            case RE_OUTPUT: return Optional.of(publish());
            case OPEN_PROVIDER_PAGE: return providerPage().map(u -> "open " + u);
            case CLEAN_SLATE: return Optional.of(publish("--clean-slate"));
            case MAKE_SECONDARY: return Optional.of(cmd("init", "--name", installation, "--role", "secondary-local"));
            case USE_SEPARATE_FOLDER: return Optional.of(publish("--separate-folder", separateFolder()));
            default: return Optional.empty();
        }
    }

    private String reauthorize() {
        if (config.isPresent() && SignIns.wayOf(config.get()) == SignIns.Way.PASTE_TOKEN) {
            return cmd("target", "login", target) + " (it asks for a new access token; in a script put the token in "
                    + "an environment variable and add --access-token-env VAR)";
        }
        return cmd("target", "login", target);
    }

    /** A folder next to the current one, named after this installation, so the command runs as printed. */
    private String separateFolder() {
        String slug = installation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String current = config.map(c -> TargetSettings.of(c).folder()).orElse("/Lineup");
        String base = current.endsWith("/") && current.length() > 1 ? current.substring(0, current.length() - 1) : current;
        return base + "-" + (slug.isEmpty() ? "separate" : slug);
    }

    private Optional<String> providerPage() {
        return config.map(c -> StandardProviders.registry().get(c.kind()).page(TargetSettings.of(c).folder()).toString());
    }

    /** {@code lineup --data-dir D publish [LAYOUT…] --target T EXTRA…}. */
    String publish(String... extra) {
        List<String> args = new ArrayList<>(List.of("publish"));
        args.addAll(layouts);
        args.addAll(List.of("--target", target));
        args.addAll(List.of(extra));
        return cmd(args.toArray(String[]::new));
    }

    String cmd(String... args) {
        return Advice.command(dataDir, args);
    }
}
