package org.microcert.jobs.publish;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code publishCatalog} step: {@link CatalogPublisher} with the configured or a throwaway key.
 */
public final class CatalogPublishTasklet implements Tasklet {

  private final Progress progress;

  public CatalogPublishTasklet(Progress progress) {
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    CatalogPublisher.Result r = publish(CatalogPublishParameters.from(Steps.jobParameters(chunk)));
    contribution.incrementWriteCount(r.published() ? 1 : 0);
    return RepeatStatus.FINISHED;
  }

  /** Publishes (or says nothing changed). */
  CatalogPublisher.Result publish(CatalogPublishParameters p) throws IOException {
    PrivateKey key;
    PublicKey pub;
    if (p.throwaway()) {
      KeyPair pair = Ed25519Keys.generate();
      key = pair.getPrivate();
      pub = pair.getPublic();
      progress.info(
          "signing with a THROWAWAY key generated for this run (public key "
              + Ed25519Keys.fingerprint(pub)
              + "); it is not kept: do not trust this catalog");
    } else {
      key = Ed25519Keys.readPrivate(p.signingKey());
      pub = Ed25519Keys.publicOf(key);
      progress.info("signing with the key of public key " + Ed25519Keys.fingerprint(pub));
    }
    progress.phase("building the catalog");
    CatalogPublisher.Result r =
        new CatalogPublisher(p.warehouse(), EscoUpgrade.of(p.warehouse()))
            .publish(new CatalogPublisher.Options(p.version(), p.asOf(), key, pub));
    CatalogChanges c = r.changes();
    if (!r.published()) {
      progress.info("catalog unchanged since " + r.version() + ": nothing published");
      return r;
    }
    progress.info(
        "catalog "
            + r.version()
            + " ("
            + (c.from() == null ? "first version" : c.bump() + " after " + c.from())
            + "): "
            + c.added().size()
            + " added, "
            + c.removed().size()
            + " removed, "
            + c.changed().size()
            + " changed, "
            + r.needsReview()
            + " approvals need review -> "
            + r.dir());
    progress.info("manifest " + r.manifestHash());
    return r;
  }
}
