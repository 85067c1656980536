package gotohotel.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gotohotel.shared.event.Topics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * installer/kubernetes rendered by {@code kubectl kustomize} and checked without a cluster: every object bound to its
 * typed model with unknown fields refused, and the references between objects (image, ports, probes, Services,
 * Ingress, HPAs, topics, listener switches, metrics) consistent with each other and with the backend.
 */
class KubernetesManifestsTests {

    static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final Path KUBERNETES = MODULE.resolve("kubernetes");
    static final Path BACKEND_SOURCES = MODULE.resolveSibling("backend").resolve("src/main/java");
    static final Path WORK = MODULE.resolve("target/kustomize");

    /** The renderings checked: both overlays, and each with the optional components switched on. */
    static final List<String> RENDERINGS = List.of("single", "split", "single+options", "split+options");

    static final Map<String, String> SWITCHES = new LinkedHashMap<>(Map.of(
            "gotohotel.ordering.listeners-enabled", "GOTOHOTEL_ORDERING_LISTENERSENABLED",
            "gotohotel.reservation.listeners-enabled", "GOTOHOTEL_RESERVATION_LISTENERSENABLED",
            "gotohotel.mypage.listeners-enabled", "GOTOHOTEL_MYPAGE_LISTENERSENABLED",
            "gotohotel.notification.listeners-enabled", "GOTOHOTEL_NOTIFICATION_LISTENERSENABLED",
            "gotohotel.rooms.listeners-enabled", "GOTOHOTEL_ROOMS_LISTENERSENABLED"));

    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    static String rendered(String rendering) {
        return RENDERED.computeIfAbsent(rendering, r -> {
            String overlay = r.replace("+options", "");
            if (!r.endsWith("+options")) {
                return Kustomize.render(KUBERNETES.resolve("overlays").resolve(overlay));
            }
            return Kustomize.renderComposed(WORK.resolve(r), List.of(KUBERNETES.resolve("overlays").resolve(overlay)),
                    List.of(KUBERNETES.resolve("components/external-services"),
                            KUBERNETES.resolve("components/lag-autoscaling")), "");
        });
    }

    static Manifests manifests(String rendering) {
        return Manifests.bind(rendered(rendering));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyRenderedObjectBindsToItsTypedModelWithNoUnknownField(String rendering) {
        Manifests manifests = manifests(rendering);

        assertThat(manifests.all()).hasSize(Manifests.documents(rendered(rendering)).size());
        assertThat(manifests.of(Deployment.class)).isNotEmpty();
    }

    /** Each case: a kind and name, the path of a misspelt field, the path spelt right, and a value for both. */
    static Stream<Arguments> misspellings() {
        return Stream.of(
                Arguments.of("Deployment", "gotohotel-guest", "/spec/template/spec/containers/0/readinesProbe",
                        "/spec/template/spec/containers/0/readinessProbe",
                        "{httpGet: {path: /actuator/health/readiness, port: http}}"),
                Arguments.of("Deployment", "gotohotel-hotel", "/spec/template/spec/securityContext/runAsUsr",
                        "/spec/template/spec/securityContext/runAsUser", "10001"),
                Arguments.of("HorizontalPodAutoscaler", "gotohotel-mypage", "/spec/minReplica", "/spec/minReplicas",
                        "2"),
                Arguments.of("NetworkPolicy", "gotohotel-ingress", "/spec/ingres", "/spec/ingress", "[]"),
                Arguments.of("KafkaTopic", "gotohotel-orders", "/spec/partiton", "/spec/partitions", "12"),
                Arguments.of("Kafka", "gotohotel-kafka", "/spec/kafka/listeners/0/tsl", "/spec/kafka/listeners/0/tls",
                        "false"),
                Arguments.of("Cluster", "gotohotel-db", "/spec/instance", "/spec/instances", "3"),
                Arguments.of("PrometheusRule", "gotohotel", "/spec/groups/0/rules/0/expresion",
                        "/spec/groups/0/rules/0/expr", "vector(1)"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("misspellings")
    void refusesAMisspelledFieldThatTheSameFieldSpeltRightPasses(String kind, String name, String misspelt,
                                                                 String right, String value) {
        String wrong = patched("typo-" + kind, kind, name, misspelt, value);
        String fixed = patched("fixed-" + kind, kind, name, right, value);

        assertThatThrownBy(() -> Manifests.bind(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(name)
                .hasMessageContaining(misspelt.substring(misspelt.lastIndexOf('/') + 1));
        Manifests.bind(fixed);
    }

    private static String patched(String work, String kind, String name, String path, String value) {
        String patch = """
                patches:
                  - target:
                      kind: %s
                      name: %s
                    patch: |-
                      - op: add
                        path: %s
                        value: %s
                """.formatted(kind, name, path, value);
        return Kustomize.renderComposed(WORK.resolve(work), List.of(KUBERNETES.resolve("overlays/split")), List.of(),
                patch);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyContainerRunsTheBackendImageOfThisVersionWithItsTwoPorts(String rendering) {
        String version = System.getProperty("gotohotel.version", "");
        assertThat(version).as("system property gotohotel.version (surefire passes ${project.version})").isNotBlank();
        String tag = version.replace("-SNAPSHOT", "");

        for (Deployment deployment : manifests(rendering).of(Deployment.class)) {
            List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
            assertThat(containers).as(name(deployment)).hasSize(1);
            Container backend = containers.get(0);
            assertThat(backend.getImage()).as(name(deployment)).isEqualTo("gotohotel/backend:" + tag);
            assertThat(backend.getPorts()).as(name(deployment))
                    .extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("http", 8088),
                            org.assertj.core.groups.Tuple.tuple("management", 8089));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void probesServicesIngressAndPoliciesPointAtPortsThePodsHave(String rendering) {
        Manifests manifests = manifests(rendering);
        for (Deployment deployment : manifests.of(Deployment.class)) {
            Container backend = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> ports = portNames(backend);
            assertProbe(deployment, "startup", backend.getStartupProbe(), "/actuator/health/liveness", ports);
            assertProbe(deployment, "liveness", backend.getLivenessProbe(), "/actuator/health/liveness", ports);
            assertProbe(deployment, "readiness", backend.getReadinessProbe(), "/actuator/health/readiness", ports);
        }
        for (Service service : manifests.of(Service.class)) {
            Deployment selected = selectedDeployment(manifests, service.getSpec().getSelector(), name(service));
            Set<String> ports = portNames(selected.getSpec().getTemplate().getSpec().getContainers().get(0));
            service.getSpec().getPorts().forEach(port -> assertThat(ports).as(name(service) + " targetPort")
                    .contains(port.getTargetPort().getStrVal()));
        }
        for (Ingress ingress : manifests.of(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                var backend = path.getBackend().getService();
                Service service = manifests.named(Service.class, backend.getName());
                assertThat(service.getSpec().getPorts()).as(name(ingress) + " " + path.getPath())
                        .anyMatch(p -> p.getName().equals(backend.getPort().getName()));
            }));
        }
        Set<String> podPorts = manifests.of(Deployment.class).stream()
                .flatMap(d -> portNames(d.getSpec().getTemplate().getSpec().getContainers().get(0)).stream())
                .collect(Collectors.toSet());
        for (NetworkPolicy policy : manifests.of(NetworkPolicy.class)) {
            Stream.ofNullable(policy.getSpec().getIngress()).flatMap(List::stream)
                    .flatMap(rule -> rule.getPorts().stream()).map(p -> p.getPort())
                    .filter(p -> p.getStrVal() != null)
                    .forEach(p -> assertThat(podPorts).as(name(policy)).contains(p.getStrVal()));
        }
        for (ServiceMonitor monitor : manifests.of(ServiceMonitor.class)) {
            Set<String> servicePorts = manifests.of(Service.class).stream()
                    .filter(s -> s.getMetadata().getLabels().entrySet()
                            .containsAll(monitor.getSpec().getSelector().getMatchLabels().entrySet()))
                    .flatMap(s -> s.getSpec().getPorts().stream()).map(p -> p.getName())
                    .collect(Collectors.toSet());
            monitor.getSpec().getEndpoints().forEach(endpoint -> {
                assertThat(servicePorts).as(name(monitor)).contains(endpoint.getPort());
                assertThat(endpoint.getPath()).isEqualTo("/actuator/prometheus");
            });
        }
    }

    @Test
    void splitOverlaySwitchesEachContextsListenersOnInExactlyOneDeployment() {
        List<Deployment> deployments = manifests("split").of(Deployment.class);
        assertThat(deployments).hasSize(4);
        for (String variable : SWITCHES.values()) {
            List<String> on = deployments.stream().filter(d -> "true".equals(env(d, variable))).map(this::name)
                    .toList();
            assertThat(on).as(variable + " true in").hasSize(1);
            deployments.forEach(d -> assertThat(env(d, variable)).as(name(d) + " " + variable).isIn("true", "false"));
        }
        Deployment single = manifests("single").of(Deployment.class).get(0);
        SWITCHES.values().forEach(v -> assertThat(env(single, v)).as("single " + v).isEqualTo("true"));
    }

    /** A context added to the backend with its own switch must be placed here too, or this fails. */
    @Test
    void everyListenerSwitchOfTheBackendIsSetInTheManifests() throws IOException {
        Set<String> inBackend = new TreeSet<>();
        listeners().forEach(listener -> inBackend.add(listener.switchProperty()));

        assertThat(inBackend).isEqualTo(new TreeSet<>(SWITCHES.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyPodIsNonRootReadOnlySharesTheSecretAndRollsWithNoneUnavailable(String rendering) {
        Manifests manifests = manifests(rendering);
        Set<String> secretsWithToken = manifests.of(Secret.class).stream()
                .filter(s -> secretValues(s).containsKey("GOTOHOTEL_SECURITY_TOKEN_SECRET"))
                .map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        assertThat(secretsWithToken).as("Secrets holding the token secret").hasSize(1);

        for (Deployment deployment : manifests.of(Deployment.class)) {
            String name = name(deployment);
            PodTemplateSpec pod = deployment.getSpec().getTemplate();
            Container backend = pod.getSpec().getContainers().get(0);
            assertThat(backend.getEnvFrom()).as(name).extracting(EnvFromSource::getSecretRef).filteredOn(r -> r != null)
                    .extracting(r -> r.getName()).containsAll(secretsWithToken);
            assertThat(pod.getSpec().getSecurityContext().getRunAsUser()).as(name).isEqualTo(10001L);
            assertThat(pod.getSpec().getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(backend.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(backend.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(env(deployment, "GOTOHOTEL_MANAGEMENT_ADDRESS")).as(name).isEqualTo("0.0.0.0");
            // Replaces the image's default (-XX:MaxRAMPercentage=70 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError):
            // a JVM out of heap must exit so that Kubernetes restarts it, not limp on.
            assertThat(env(deployment, "JAVA_TOOL_OPTIONS")).as(name)
                    .contains("MaxRAMPercentage", "-XX:+ExitOnOutOfMemoryError");
            String home = env(deployment, "GOTOHOTEL_HOME");
            assertThat(home).as(name + " GOTOHOTEL_HOME").isNotBlank();
            for (String dir : List.of(home, "/tmp")) {
                VolumeMount mount = backend.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(dir))
                        .findFirst().orElseThrow(() -> new AssertionError(name + ": nothing mounted on " + dir));
                assertThat(pod.getSpec().getVolumes()).as(name + " " + dir)
                        .anyMatch(v -> v.getName().equals(mount.getName()) && v.getEmptyDir() != null);
            }
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                    .as(name).isEqualTo(new IntOrString(0));
            assertThat(deployment.getSpec().getReplicas()).as(name + ": replicas belong to the HPA").isNull();
            assertThat(backend.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
            assertThat(backend.getResources().getLimits()).as(name).containsKey("memory");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyDeploymentHasItsOwnAutoscalerOnCpuAndADisruptionBudget(String rendering) {
        Manifests manifests = manifests(rendering);
        for (Deployment deployment : manifests.of(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<HorizontalPodAutoscaler> hpas = manifests.of(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).toList();
            assertThat(hpas).as(name + " HPAs").hasSize(1);
            assertThat(hpas.get(0).getSpec().getMetrics()).as(name)
                    .anyMatch(m -> "Resource".equals(m.getType()) && "cpu".equals(m.getResource().getName()));
            assertThat(hpas.get(0).getSpec().getMinReplicas()).as(name).isGreaterThanOrEqualTo(2);
            List<PodDisruptionBudget> budgets = manifests.of(PodDisruptionBudget.class).stream()
                    .filter(b -> podLabels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(budgets).as(name + " PodDisruptionBudgets").hasSize(1);
        }
    }

    /** Only ingress-nginx reaches the API port and only the monitoring namespace the management port; nothing else. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void onlyTheIngressControllerReachesTheApiAndOnlyMonitoringTheManagementPort(String rendering) {
        Manifests manifests = manifests(rendering);
        Map<String, String> allowedFrom = Map.of("http", "ingress-nginx", "management", "monitoring");
        for (Deployment deployment : manifests.of(Deployment.class)) {
            Map<String, String> pod = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicy> policies = manifests.of(NetworkPolicy.class).stream()
                    .filter(p -> pod.entrySet().containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(policies).as(name(deployment) + " isolated for ingress")
                    .anyMatch(p -> p.getSpec().getPolicyTypes().contains("Ingress"));
            assertThat(policies).as(name(deployment) + " isolated for egress")
                    .anyMatch(p -> p.getSpec().getPolicyTypes().contains("Egress"));
            for (NetworkPolicy policy : policies) {
                for (var rule : Stream.ofNullable(policy.getSpec().getIngress()).flatMap(List::stream).toList()) {
                    assertThat(rule.getPorts()).as(name(policy) + ": a rule without ports opens every port").isNotEmpty();
                    assertThat(rule.getFrom()).as(name(policy) + ": a rule without 'from' admits everyone").isNotEmpty();
                    for (var port : rule.getPorts()) {
                        String namespace = allowedFrom.get(port.getPort().getStrVal());
                        assertThat(namespace).as(name(policy) + " admits port " + port.getPort()).isNotNull();
                        rule.getFrom().forEach(peer -> {
                            assertThat(peer.getIpBlock()).as(name(policy)).isNull();
                            assertThat(peer.getNamespaceSelector()).as(name(policy) + " peer namespace").isNotNull();
                            assertThat(peer.getNamespaceSelector().getMatchLabels())
                                    .as(name(policy) + " port " + port.getPort().getStrVal())
                                    .containsExactly(Map.entry("kubernetes.io/metadata.name", namespace));
                        });
                    }
                }
            }
        }
    }

    /** external-services: no operator resource left, and the pods pointed at the endpoints given instead. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"single+options", "split+options"})
    void externalServicesDropTheOperatorResourcesAndRepointTheConfiguration(String rendering) {
        Manifests manifests = manifests(rendering);

        assertThat(manifests.all()).noneMatch(o -> o instanceof KafkaTopic || o instanceof CnpgCluster
                || o instanceof io.strimzi.api.kafka.model.kafka.Kafka
                || o instanceof io.strimzi.api.kafka.model.nodepool.KafkaNodePool);
        Map<String, String> config = config(manifests);
        Map<String, String> operators = config(manifests(rendering.replace("+options", "")));
        assertThat(config.get("GOTOHOTEL_DB_URL")).isNotEqualTo(operators.get("GOTOHOTEL_DB_URL"));
        assertThat(config.get("GOTOHOTEL_KAFKA_BOOTSTRAP")).isNotEqualTo(operators.get("GOTOHOTEL_KAFKA_BOOTSTRAP"));
    }

    /** The topics the backend creates for itself (KafkaEventsConfiguration), with the partitions it is told. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"single", "split"})
    void kafkaTopicsAreTheBackendsWithThePartitionsAndReplicasItIsGiven(String rendering) throws IOException {
        Manifests manifests = manifests(rendering);
        Map<String, String> config = config(manifests);
        int partitions = Integer.parseInt(config.get("GOTOHOTEL_EVENTS_PARTITIONS"));
        int replicas = Integer.parseInt(config.get("GOTOHOTEL_EVENTS_REPLICATIONFACTOR"));
        // The backend's jar is a Spring Boot fat jar (classes under BOOT-INF): read DeadLetters.SUFFIX from its source.
        Matcher suffix = Pattern.compile("SUFFIX = \"([^\"]+)\"").matcher(
                Files.readString(BACKEND_SOURCES.resolve("gotohotel/backend/events/DeadLetters.java")));
        assertThat(suffix.find()).as("DeadLetters.SUFFIX in the backend").isTrue();
        Set<String> expected = new HashSet<>();
        for (String topic : List.of(Topics.ORDERS, Topics.PAYMENTS, Topics.RESERVATIONS, Topics.NOTIFICATIONS)) {
            expected.add(topic);
            expected.add(topic + suffix.group(1));
        }
        expected.add(Topics.NOTIFICATIONS_DLT);

        List<KafkaTopic> topics = manifests.of(KafkaTopic.class);
        assertThat(topics).extracting(t -> t.getSpec().getTopicName()).containsExactlyInAnyOrderElementsOf(expected);
        for (KafkaTopic topic : topics) {
            String name = topic.getSpec().getTopicName();
            assertThat(topic.getSpec().getPartitions()).as(name).isEqualTo(partitions);
            assertThat(topic.getSpec().getReplicas()).as(name).isEqualTo(replicas);
            assertThat(String.valueOf(topic.getSpec().getConfig().get("retention.ms"))).as(name).isEqualTo("-1");
            assertThat(Integer.parseInt(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas"))))
                    .as(name).isLessThan(replicas);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"single", "split"})
    void autoscalersStayWithinTheDatabaseConnectionsAndOnlyHttpPodsOutgrowThePartitions(String rendering) {
        Manifests manifests = manifests(rendering);
        Map<String, String> config = config(manifests);
        int pool = Integer.parseInt(config.get("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE"));
        int partitions = Integer.parseInt(config.get("GOTOHOTEL_EVENTS_PARTITIONS"));
        CnpgCluster database = manifests.of(CnpgCluster.class).get(0);
        int maxConnections = Integer.parseInt(database.spec().postgresql().parameters().get("max_connections"));

        // A rollout at the HPA's maximum runs maxSurge pods on top of maxReplicas, each with its own pool (the desk
        // feed's LISTEN connection is one of it); 10 connections are left for the superuser and the operators.
        int pods = 0;
        for (HorizontalPodAutoscaler hpa : manifests.of(HorizontalPodAutoscaler.class)) {
            int max = hpa.getSpec().getMaxReplicas();
            Deployment target = manifests.named(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
            pods += max + surge(target, max);
        }
        assertThat(pods * pool).as("connections of every pod at the HPAs' maximum plus the rollout surge")
                .isLessThanOrEqualTo(maxConnections - 10);

        Set<String> servedByIngress = manifests.of(Ingress.class).stream()
                .flatMap(i -> i.getSpec().getRules().stream()).flatMap(r -> r.getHttp().getPaths().stream())
                .map(p -> p.getBackend().getService().getName()).collect(Collectors.toSet());
        for (HorizontalPodAutoscaler hpa : manifests.of(HorizontalPodAutoscaler.class)) {
            String target = hpa.getSpec().getScaleTargetRef().getName();
            if (!servedByIngress.contains(target)) {
                assertThat(hpa.getSpec().getMaxReplicas()).as(target + ": consumers only, pods past the partitions idle")
                        .isLessThanOrEqualTo(partitions);
            }
        }
    }

    /** The lag each HPA scales on is a consumer group that its own Deployment runs (groups read from the backend). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"single+options", "split+options"})
    void lagAutoscalingUsesTheAdaptersMetricAndGroupsTheDeploymentRuns(String rendering) throws IOException {
        Manifests manifests = manifests(rendering);
        String adapterRules = Files.readString(KUBERNETES.resolve("components/lag-autoscaling/prometheus-adapter-rules.yaml"));
        String served = Manifests.documents(adapterRules).get(0).path("external").get(0).path("name").path("as").asText();
        Map<String, String> switchOfGroup = listeners().stream()
                .collect(Collectors.toMap(KafkaListenerSource::groupId, KafkaListenerSource::switchProperty, (a, b) -> a));

        for (HorizontalPodAutoscaler hpa : manifests.of(HorizontalPodAutoscaler.class)) {
            Deployment target = manifests.named(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
            List<MetricSpec> external = hpa.getSpec().getMetrics().stream().filter(m -> "External".equals(m.getType()))
                    .toList();
            assertThat(external).as(name(hpa)).hasSize(1);
            var metric = external.get(0).getExternal().getMetric();
            assertThat(metric.getName()).as(name(hpa)).isEqualTo(served);
            if (metric.getSelector() != null) {
                String group = metric.getSelector().getMatchLabels().get("consumer_group");
                assertThat(switchOfGroup).as("consumer groups in the backend").containsKey(group);
                assertThat(env(target, SWITCHES.get(switchOfGroup.get(group)))).as(name(hpa) + " scales on " + group)
                        .isEqualTo("true");
            }
        }
    }

    /** Every gotohotel_* series an alert reads is a meter the backend registers (Micrometer names, Prometheus form). */
    @Test
    void alertsReadMetricsTheBackendRegisters() throws IOException {
        Set<String> meters = new TreeSet<>();
        Pattern builder = Pattern.compile("\\.builder\\(\"(gotohotel\\.[a-z.]+)\"");
        for (String source : backendSources()) {
            Matcher m = builder.matcher(source);
            while (m.find()) {
                meters.add(m.group(1).replace('.', '_'));
            }
        }
        assertThat(meters).as("meters found in backend/src/main/java").isNotEmpty();
        Pattern series = Pattern.compile("\\b(gotohotel_[a-z_]+)");
        PrometheusRule rule = manifests("single").of(PrometheusRule.class).get(0);
        Set<String> used = new TreeSet<>();
        rule.getSpec().getGroups().forEach(g -> g.getRules().forEach(r -> {
            Matcher m = series.matcher(r.getExpr().getStrVal());
            while (m.find()) {
                used.add(m.group(1));
            }
        }));

        assertThat(used).isNotEmpty();
        for (String name : used) {
            assertThat(meters).as(name + " in the PrometheusRule")
                    .anyMatch(meter -> name.equals(meter) || name.equals(meter + "_total")
                            || name.equals(meter + "_seconds"));
        }
    }

    /**
     * A key named in matchLabelKeys or mismatchLabelKeys may not also be in the same term's labelSelector: the API
     * server refuses the pod template ("exists in both matchLabelKeys and labelSelector"). The typed model cannot see
     * it, and labels with includeSelectors add their keys to these selectors.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void noLabelKeyOfMatchOrMismatchLabelKeysIsAlsoInItsLabelSelector(String rendering) {
        for (Deployment deployment : manifests(rendering).of(Deployment.class)) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            Stream.ofNullable(pod.getTopologySpreadConstraints()).flatMap(List::stream).forEach(c ->
                    assertNoKeyInBoth(name(deployment) + " topologySpreadConstraint " + c.getTopologyKey(),
                            c.getLabelSelector(), c.getMatchLabelKeys(), null));
            var affinity = pod.getAffinity();
            if (affinity == null) {
                continue;
            }
            List<io.fabric8.kubernetes.api.model.PodAffinityTerm> terms = new java.util.ArrayList<>();
            if (affinity.getPodAffinity() != null) {
                terms.addAll(affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution());
                affinity.getPodAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()
                        .forEach(w -> terms.add(w.getPodAffinityTerm()));
            }
            if (affinity.getPodAntiAffinity() != null) {
                terms.addAll(affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution());
                affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution()
                        .forEach(w -> terms.add(w.getPodAffinityTerm()));
            }
            terms.forEach(t -> assertNoKeyInBoth(name(deployment) + " pod (anti-)affinity " + t.getTopologyKey(),
                    t.getLabelSelector(), t.getMatchLabelKeys(), t.getMismatchLabelKeys()));
        }
    }

    private static void assertNoKeyInBoth(String what, io.fabric8.kubernetes.api.model.LabelSelector selector,
                                          List<String> matchLabelKeys, List<String> mismatchLabelKeys) {
        Set<String> inSelector = new TreeSet<>();
        if (selector != null) {
            inSelector.addAll(selector.getMatchLabels() == null ? Set.of() : selector.getMatchLabels().keySet());
            Stream.ofNullable(selector.getMatchExpressions()).flatMap(List::stream)
                    .forEach(e -> inSelector.add(e.getKey()));
        }
        Set<String> keys = new TreeSet<>();
        Stream.ofNullable(matchLabelKeys).flatMap(List::stream).forEach(keys::add);
        Stream.ofNullable(mismatchLabelKeys).flatMap(List::stream).forEach(keys::add);
        keys.retainAll(inSelector);
        assertThat(keys).as(what + ": keys in both matchLabelKeys/mismatchLabelKeys and labelSelector").isEmpty();
    }

    /**
     * kube-prometheus-stack's Prometheus selects ServiceMonitors and PrometheusRules by its Helm release label
     * (serviceMonitorSelectorNilUsesHelmValues, ruleSelectorNilUsesHelmValues default true): without it both are
     * ignored. The label goes on those two kinds only.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void monitoringObjectsCarryTheReleaseLabelOfKubePrometheusStack(String rendering) {
        Manifests manifests = manifests(rendering);
        List<io.fabric8.kubernetes.api.model.HasMetadata> monitoring = new java.util.ArrayList<>();
        monitoring.addAll(manifests.of(ServiceMonitor.class));
        monitoring.addAll(manifests.of(PrometheusRule.class));
        assertThat(monitoring).isNotEmpty();
        for (var object : monitoring) {
            assertThat(object.getMetadata().getLabels()).as(name(object))
                    .containsEntry("release", "kube-prometheus-stack");
        }
        manifests.all().stream()
                .filter(o -> o instanceof io.fabric8.kubernetes.api.model.HasMetadata)
                .map(o -> (io.fabric8.kubernetes.api.model.HasMetadata) o)
                .filter(o -> !(o instanceof ServiceMonitor || o instanceof PrometheusRule))
                .forEach(o -> assertThat(o.getMetadata().getLabels() == null ? Map.<String, String>of()
                        : o.getMetadata().getLabels()).as(name(o)).doesNotContainKey("release"));
    }

    /** Placeholders a hotel may leave in place by mistake; compared lower-case with everything but [a-z0-9] removed. */
    static final Set<String> PLACEHOLDERS = Set.of("replaceme", "changeme", "changeit", "password", "passw0rd",
            "secret", "placeholder", "example", "admin", "default", "test", "todo", "fixme", "xxx", "insecure");

    /**
     * No Secret value is a known placeholder the backend would accept: a hotel that replaces only some of them must
     * not leave the others live. The backend refuses a token secret shorter than GuestAccessTokens.MIN_SECRET_BYTES
     * (read from its source), so a shorter placeholder there fails closed; every other secret a hotel must set is left
     * out (a missing key stops the pod and CloudNativePG) or empty (the admin password is then generated).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void noSecretValueIsAKnownPlaceholderUnlessTheBackendRefusesIt(String rendering) throws IOException {
        Matcher minimum = Pattern.compile("MIN_SECRET_BYTES = (\\d+);").matcher(Files.readString(
                BACKEND_SOURCES.resolve("gotohotel/backend/security/GuestAccessTokens.java")));
        assertThat(minimum.find()).as("GuestAccessTokens.MIN_SECRET_BYTES in the backend").isTrue();
        int minimumBytes = Integer.parseInt(minimum.group(1));
        Map<String, java.util.function.Predicate<String>> refusedByBackend = Map.of(
                "GOTOHOTEL_SECURITY_TOKEN_SECRET",
                v -> !v.isBlank() && v.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < minimumBytes);

        List<Secret> secrets = manifests(rendering).of(Secret.class);
        assertThat(secrets).isNotEmpty();
        for (Secret secret : secrets) {
            secretValues(secret).forEach((key, value) -> {
                String normalized = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
                boolean placeholder = PLACEHOLDERS.contains(normalized) || normalized.contains("replaceme")
                        || normalized.contains("changeme");
                if (placeholder) {
                    assertThat(refusedByBackend.getOrDefault(key, v -> false).test(value))
                            .as(name(secret) + " " + key + " = '" + value + "' is a placeholder the backend accepts")
                            .isTrue();
                }
            });
        }
    }

    /**
     * The way the README sets the secrets: an overlay of the hotel's own with a secretGenerator merging its values
     * into the shipped Secrets. Every key it does not set must survive the merge (kustomize keeps 'data' in a merge
     * but drops 'stringData'), or the pods and CloudNativePG lose the database user and the optional keys.
     */
    @Test
    void aHotelsOverlayMergesItsSecretsAndKeepsEveryOtherKey() {
        Manifests shipped = manifests("split");
        String generator = """
                secretGenerator:
                  - name: gotohotel-db
                    behavior: merge
                    type: kubernetes.io/basic-auth
                    literals:
                      - password=a-database-password-of-the-hotel
                  - name: gotohotel-secrets
                    behavior: merge
                    literals:
                      - GOTOHOTEL_SECURITY_TOKEN_SECRET=0123456789abcdef0123456789abcdef0123456789
                """;
        Manifests merged = Manifests.bind(Kustomize.renderComposed(WORK.resolve("own-secrets"),
                List.of(KUBERNETES.resolve("overlays/split")), List.of(), generator));

        for (Secret before : shipped.of(Secret.class)) {
            Secret after = merged.named(Secret.class, before.getMetadata().getName());
            assertThat(secretValues(after)).as(name(after) + " after the merge")
                    .containsAllEntriesOf(secretValues(before).entrySet().stream()
                            .filter(e -> !e.getKey().equals("GOTOHOTEL_SECURITY_TOKEN_SECRET"))
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        assertThat(secretValues(merged.named(Secret.class, "gotohotel-db")))
                .containsEntry("password", "a-database-password-of-the-hotel").containsKey("username");
    }

    /** A Secret's values, 'data' decoded and 'stringData' as written. */
    static Map<String, String> secretValues(Secret secret) {
        Map<String, String> values = new LinkedHashMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((k, v) -> values.put(k, new String(java.util.Base64.getDecoder().decode(v),
                    java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            values.putAll(secret.getStringData());
        }
        return values;
    }

    static Stream<String> renderings() {
        return RENDERINGS.stream();
    }

    record KafkaListenerSource(String groupId, String switchProperty) {
    }

    /** The {@code @KafkaListener}s in backend/src/main/java: their group and the property that starts them. */
    static List<KafkaListenerSource> listeners() throws IOException {
        Pattern annotation = Pattern.compile("@KafkaListener\\(([^)]*)\\)", Pattern.DOTALL);
        Pattern group = Pattern.compile("groupId\\s*=\\s*\"([^\"]+)\"");
        Pattern autoStartup = Pattern.compile("autoStartup\\s*=\\s*\"\\$\\{([^:}]+)");
        List<KafkaListenerSource> found = new java.util.ArrayList<>();
        for (String source : backendSources()) {
            Matcher m = annotation.matcher(source);
            while (m.find()) {
                Matcher g = group.matcher(m.group(1));
                Matcher s = autoStartup.matcher(m.group(1));
                if (!g.find() || !s.find()) {
                    throw new AssertionError("a @KafkaListener without groupId or autoStartup switch: " + m.group());
                }
                found.add(new KafkaListenerSource(g.group(1), s.group(1)));
            }
        }
        assertThat(found).as("@KafkaListeners in " + BACKEND_SOURCES).isNotEmpty();
        return found;
    }

    static List<String> backendSources() throws IOException {
        try (Stream<Path> files = Files.walk(BACKEND_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).toList();
        }
    }

    private static Map<String, String> config(Manifests manifests) {
        List<ConfigMap> maps = manifests.of(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith("gotohotel-config")).toList();
        assertThat(maps).hasSize(1);
        return maps.get(0).getData();
    }

    /** Pods a rollout adds on top of {@code replicas}: maxSurge, a count or a percentage rounded up (default 25%). */
    private static int surge(Deployment deployment, int replicas) {
        var strategy = deployment.getSpec().getStrategy();
        if (strategy != null && "Recreate".equals(strategy.getType())) {
            return 0;
        }
        IntOrString maxSurge = strategy == null || strategy.getRollingUpdate() == null ? null
                : strategy.getRollingUpdate().getMaxSurge();
        if (maxSurge == null) {
            maxSurge = new IntOrString("25%");
        }
        if (maxSurge.getStrVal() == null) {
            return maxSurge.getIntVal();
        }
        int percent = Integer.parseInt(maxSurge.getStrVal().replace("%", ""));
        return (replicas * percent + 99) / 100;
    }

    private static Set<String> portNames(Container container) {
        return container.getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
    }

    private static void assertProbe(Deployment deployment, String kind, Probe probe, String path, Set<String> ports) {
        String what = deployment.getMetadata().getName() + " " + kind + "Probe";
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what + " port (by name)").isEqualTo("http");
        assertThat(ports).as(what).contains(probe.getHttpGet().getPort().getStrVal());
    }

    private static Deployment selectedDeployment(Manifests manifests, Map<String, String> selector, String by) {
        List<Deployment> selected = manifests.of(Deployment.class).stream()
                .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                        .containsAll(selector.entrySet()))
                .toList();
        assertThat(selected).as(by + " selects").hasSize(1);
        return selected.get(0);
    }

    private static String env(Deployment deployment, String variable) {
        List<EnvVar> env = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
        return env.stream().filter(e -> e.getName().equals(variable)).map(EnvVar::getValue).findFirst().orElse(null);
    }

    private String name(io.fabric8.kubernetes.api.model.HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
