package dev.lineup.service.publish;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.sync.NotPrimaryException;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishEvent;
import dev.lineup.sync.Reauthorizer;
import dev.lineup.sync.RecoveryActions;
import dev.lineup.sync.SyncException;
import dev.lineup.task.Progress;
import java.util.List;

/**
 * Wires the recovery wizard's hooks to this installation: reauthorize through the target's own
 * {@link Reauthorizer} (with the service's browser callback), re-output by publishing the layouts again,
 * switch the installation's role in the store, point the target at a separate folder.
 */
final class RecoveryWiring {
    private RecoveryWiring() {
    }

    static RecoveryActions wire(PublishService service, OpenTarget target, String targetName, List<String> layouts,
                                Progress progress, java.util.function.Consumer<PublishEvent> events,
                                java.util.function.Consumer<PublishResult> published) {
        Reauthorizer reauth = target.target() instanceof Reauthorizer r ? r : null;
        // A secondary never takes the lease: without this hook neither re-output nor clean slate (which
        // holds the lease while it deletes) is offered or runs.
        RecoveryActions.ReOutput reOutput = !service.role().mayPublish() ? null : () -> {
            try {
                published.accept(service.publishByWizard(layouts, targetName, progress, events));
            } catch (NotPrimaryException e) {
                throw new SyncException(ProblemKind.BAD_REQUEST, e.getMessage());
            }
        };
        RecoveryActions.RoleSwitcher roles = role -> {
            Installation inst = service.installation();
            service.store().installation().init(inst.name(), role);
        };
        RecoveryActions.FolderSwitcher folders = folder -> service.targets().moveTarget(targetName, folder);
        // The open target's one pacer: its lease and the wizard's actions back off together.
        return new RecoveryActions(target.leases(), target.pacer(),
                new TargetProblems(service.history(), targetName), new RecoveryActions.Hooks(reauth, reOutput, roles, folders));
    }

    static void closeQuietly(OpenTarget target) {
        try {
            target.close();
        } catch (RuntimeException e) {
            // Closing only frees connections; nothing the user needs to hear about.
        }
    }
}
