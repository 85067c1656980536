package gotohotel.backend.web;

import java.net.URI;

/** Problem type URIs are stable identifiers clients can switch on: {@code urn:gotohotel:problem:<slug>}. */
public final class ProblemTypes {

    private ProblemTypes() {
    }

    public static URI uri(String slug) {
        return URI.create("urn:gotohotel:problem:" + slug);
    }
}
