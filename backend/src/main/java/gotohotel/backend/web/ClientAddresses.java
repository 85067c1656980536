package gotohotel.backend.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Who is asking: the connection's peer, unless the peer is a trusted reverse proxy
 * ({@code gotohotel.web.trusted-proxies}) — then the right-most {@code X-Forwarded-For} entry that is not a trusted
 * proxy, the last hop a proxy of ours saw. Entries left of it were written by the client and are never believed.
 */
@Component
class ClientAddresses {

    private static final int MAX_LENGTH = 64;
    /** An IPv4 or IPv6 literal; anything else is never resolved (no DNS lookup for what a client wrote). */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]{7,15}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> trusted;

    ClientAddresses(WebProperties properties) {
        this.trusted = properties.trustedProxies().stream().map(Range::parse).toList();
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return bounded(peer);
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return bounded(hops.get(i));
            }
        }
        return bounded(hops.isEmpty() ? peer : hops.get(0));
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        return literal(address).map(parsed -> trusted.stream().anyMatch(range -> range.contains(parsed)))
                .orElse(false);
    }

    private static String bounded(String address) {
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }

    private static Optional<InetAddress> literal(String text) {
        if (text == null || !LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An address range: {@code 10.0.0.0/8}, or one address ({@code 127.0.0.1}, {@code ::1}). */
    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String[] parts = text.trim().split("/", 2);
            var address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "gotohotel.web.trusted-proxies: not an IP address or CIDR range: " + text));
            byte[] bytes = address.getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("gotohotel.web.trusted-proxies: bad prefix length in " + text);
            }
            return new Range(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (bytes[whole] & mask) == (network[whole] & mask);
        }
    }
}
