#!/usr/bin/env python3
"""Where a JFR profile's CPU samples went: by thread kind, by library (inclusive) and by top frame.

    python3 benchmarks/wrk/jfr-split.py benchmarks/target/wrk-*/backend-default.jfr

Reads `jfr print --events jdk.ExecutionSample` (Java code only: the JIT compilers and the GC are native threads
and do not appear; run-wrk.sh's per-thread /proc figures have them).
"""
import collections
import re
import subprocess
import sys

LIBRARIES = [  # (label, frame prefix); a sample counts once per label found anywhere in its stack
    ("Spring transactions", "org.springframework.transaction."),
    ("Hibernate", "org.hibernate."),
    ("PostgreSQL driver", "org.postgresql."),
    ("HikariCP", "com.zaxxer.hikari."),
    ("Kafka client", "org.apache.kafka."),
    ("Spring Kafka", "org.springframework.kafka."),
    ("Modulith publication registry", "org.springframework.modulith.events."),
    ("Jackson", "tools.jackson."),
    ("Jackson 2", "com.fasterxml.jackson."),
    ("Tomcat", "org.apache.tomcat."),
    ("Tomcat (catalina/coyote)", "org.apache.catalina."),
    ("Spring MVC", "org.springframework.web."),
    ("Bean validation", "org.hibernate.validator."),
    ("Logging", "ch.qos.logback."),
    ("GotoHotel code", "gotohotel."),
]

THREAD_KINDS = [  # (label, pattern on the thread name), first match wins
    ("request threads (Tomcat)", r"^http-nio-.*exec"),
    ("externalisation (task pool)", r"^task-\d+"),
    ("Kafka producer I/O", r"kafka-producer-network-thread"),
    ("Kafka consumers", r"(-C-\d+|org\.springframework\.kafka|KafkaListenerEndpointContainer|consumer)"),
    ("schedulers", r"^(scheduling|.*scheduler)"),
]


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                         capture_output=True, text=True, check=True).stdout
    thread, frames, in_stack = None, [], False
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("sampledThread = "):
            thread = s.split('"')[1]
        elif s.startswith("stackTrace = ["):
            frames, in_stack = [], True
        elif in_stack and s == "]":
            in_stack = False
            yield thread, frames
        elif in_stack and s and s != "...":
            frames.append(s.split("(")[0])


def kind(thread):
    for label, pattern in THREAD_KINDS:
        if re.search(pattern, thread):
            return label
    return re.sub(r"[-#]?\d+$", "", thread) or thread


def main(path):
    by_kind, by_consumer, inclusive, top = (collections.Counter() for _ in range(4))
    total = 0
    for thread, frames in samples(path):
        total += 1
        k = kind(thread)
        by_kind[k] += 1
        if k == "Kafka consumers":
            by_consumer[re.sub(r"-\d+(-C-\d+)?$", "", thread)] += 1
        for label in {label for label, prefix in LIBRARIES for f in frames if f.startswith(prefix)}:
            inclusive[label] += 1
        if frames:
            top[".".join(frames[0].split(".")[:-1])] += 1
    if not total:
        sys.exit("no execution samples in " + path)
    print(f"{total} execution samples in {path}")
    for title, counter, n in (("by thread kind", by_kind, 15), ("Kafka consumers by listener", by_consumer, 12),
                              ("inclusive, by library (a sample counts once per library in its stack)", inclusive, 20),
                              ("top frame, by class", top, 25)):
        print(f"\n{title}:")
        for label, count in counter.most_common(n):
            print(f"  {100.0 * count / total:5.1f} %  {label}")


if __name__ == "__main__":
    main(sys.argv[1])
