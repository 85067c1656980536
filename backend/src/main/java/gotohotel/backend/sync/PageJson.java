package gotohotel.backend.sync;

import gotohotel.shared.sync.ChangesPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page of the changes feed as the answer's bytes, written once for every request a round answers with it: a
 * thousand desks waiting at the feed's end get the same page, and serialising it for each would cost the guests.
 * A page of at least {@value #GZIP_FROM} bytes is also gzipped, once, for the requests that accept it (the desk's
 * OkHttp asks for gzip and inflates by itself): a tenth of the bytes to write and to read.
 */
@Component
class PageJson {

    static final int GZIP_FROM = 1024;

    private final JsonMapper json;

    PageJson(JsonMapper json) {
        this.json = json;
    }

    Page of(ChangesPage page) {
        return new Page(json.writeValueAsBytes(page));
    }

    /** Whether an {@code Accept-Encoding} header accepts gzip (a {@code q} of 0 refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim().replace(" ", "");
                    if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** One page's JSON, and its gzip made the first time a request that accepts gzip is answered with it. */
    static final class Page {

        private final byte[] json;
        private byte[] gzip;   // guarded by this

        private Page(byte[] json) {
            this.json = json;
        }

        ResponseEntity<byte[]> answer(boolean acceptsGzip) {
            var answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (acceptsGzip && json.length >= GZIP_FROM) {
                return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzipped());
            }
            return answer.body(json);
        }

        private synchronized byte[] gzipped() {
            if (gzip == null) {
                var bytes = new ByteArrayOutputStream(json.length / 4);
                try (var out = new GZIPOutputStream(bytes, 8192)) {
                    out.write(json);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);   // not from a ByteArrayOutputStream
                }
                gzip = bytes.toByteArray();
            }
            return gzip;
        }
    }
}
