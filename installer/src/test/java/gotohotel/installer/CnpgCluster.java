package gotohotel.installer;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * The keys of a CloudNativePG {@code Cluster} (postgresql.cnpg.io/v1) that these manifests use, as documented in
 * CloudNativePG's API reference and samples; there is no Java model of it on Maven Central. Bound strictly, like
 * the others: a key not declared here fails.
 */
record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    record Spec(@JsonProperty(required = true) int instances, String imageName, UpdateStrategy primaryUpdateStrategy,
                Postgresql postgresql, Bootstrap bootstrap, @JsonProperty(required = true) Storage storage,
                ResourceRequirements resources, Affinity affinity) {
    }

    enum UpdateStrategy { unsupervised, supervised }

    record Postgresql(Synchronous synchronous, Map<String, String> parameters) {
    }

    /** Quorum-based synchronous replication: {@code number} standbys of {@code method} any / first. */
    record Synchronous(SyncMethod method, int number) {
    }

    enum SyncMethod { any, first }

    record Bootstrap(Initdb initdb) {
    }

    record Initdb(String database, String owner, SecretRef secret) {
    }

    record SecretRef(@JsonProperty(required = true) String name) {
    }

    record Storage(@JsonProperty(required = true) String size, String storageClass) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey) {
    }
}
