package gotohotel.desk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's lists as a PDF (A4 landscape): a title, then arrivals, departures and in house, each a table that goes
 * on to the next page when the page is full. The text is real text (it can be searched and read back), in the first
 * TrueType font of {@link #FONTS} the system has (it is embedded, only the glyphs used): the Hangul ones first, since
 * guests' names are often Korean. PDFBox embeds TrueType outlines only, not the CFF ones of Noto Sans CJK, which the
 * screen uses. Without any of them the PDF is in Helvetica, and what it cannot draw prints as "?" (decision 50).
 */
final class DayListsPdf {

    private static final Logger log = LoggerFactory.getLogger(DayListsPdf.class);

    /** Where the fonts live: Windows, Debian/Ubuntu (fonts-nanum, fonts-unfonts-core, fonts-baekmuk), macOS, Latin. */
    static final List<Path> FONTS = List.of(Path.of("C:/Windows/Fonts/malgun.ttf"),
            Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
            Path.of("/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf"),
            Path.of("/usr/share/fonts/truetype/baekmuk/gulim.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/AppleGothic.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), Path.of("C:/Windows/Fonts/arial.ttf"));

    private static final float MARGIN = 36;
    private static final float ROW = 15;
    private static final float TEXT = 9.5f;
    /** Room, guest, phone, room type, stay, nights, guests, status: 770 points, the landscape page less margins. */
    private static final float[] WIDTHS = {48, 160, 100, 130, 140, 42, 42, 108};

    private final List<Path> fonts;

    DayListsPdf(List<Path> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    void write(DayLists lists, PrintLabels labels, Path file) {
        try (var out = Files.newOutputStream(file)) {
            write(lists, labels, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    void write(DayLists lists, PrintLabels labels, OutputStream out) throws IOException {
        try (var document = new PDDocument()) {
            var pages = new Pages(document, font(document));
            pages.line(labels.title(), 16, 0);
            pages.line(labels.subtitle(), TEXT, 6);
            table(pages, labels.arrivals(), lists.arrivals(), labels);
            table(pages, labels.departures(), lists.departures(), labels);
            table(pages, labels.inHouse(), lists.inHouse(), labels);
            pages.close();
            document.save(out);
        }
    }

    private static void table(Pages pages, String heading, List<DayGuest> guests, PrintLabels labels)
            throws IOException {
        pages.gap(10);
        pages.line(heading + " (" + guests.size() + ")", 12.5f, 4);
        pages.row(labels.columns(), true);
        if (guests.isEmpty()) {
            pages.line(labels.none(), TEXT, 0);
        }
        for (var guest : guests) {
            pages.row(List.of(text(guest.room()), text(guest.guestName()), text(guest.phone()),
                    labels.roomType().apply(guest.roomType()), guest.checkIn() + " – " + guest.checkOut(),
                    String.valueOf(guest.nights()), String.valueOf(guest.guests()),
                    labels.status().apply(guest.status())), false);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The first font of the list that loads; Helvetica when none does. */
    private PDFont font(PDDocument document) {
        for (var file : fonts) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                return PDType0Font.load(document, file.toFile());
            } catch (IOException | RuntimeException unusable) {
                log.debug("Cannot embed {} in a PDF: {}", file, unusable.toString());
            }
        }
        log.info("No TrueType font of {} found: the printed lists are in Helvetica (Latin letters only)", fonts);
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** The pages written so far and where the next line goes. */
    private static final class Pages {

        private static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream page;
        private float y;
        private List<String> header;

        Pages(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void line(String text, float size, float after) throws IOException {
            room(size + 6);
            y -= size + 4;
            show(text, MARGIN, size, SIZE.getWidth() - 2 * MARGIN);
            y -= after;
        }

        void gap(float points) {
            y -= points;
        }

        /** A table row; a header row is repeated at the top of the next page when the table goes on there. */
        void row(List<String> cells, boolean isHeader) throws IOException {
            if (isHeader) {
                header = cells;
            } else if (room(ROW)) {
                row(header, true);
            }
            room(ROW);
            y -= ROW;
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                show(cells.get(i), x, TEXT, WIDTHS[i] - 4);
                x += WIDTHS[i];
            }
            if (isHeader) {
                page.moveTo(MARGIN, y - 3);
                page.lineTo(SIZE.getWidth() - MARGIN, y - 3);
                page.stroke();
            }
        }

        /** Starts a new page when fewer than {@code needed} points are left; whether it did. */
        private boolean room(float needed) throws IOException {
            if (y - needed >= MARGIN) {
                return false;
            }
            newPage();
            return true;
        }

        private void newPage() throws IOException {
            close();
            var next = new PDPage(SIZE);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            page.setLineWidth(0.5f);
            y = SIZE.getHeight() - MARGIN;
        }

        private void show(String text, float x, float size, float width) throws IOException {
            String drawable = fit(drawable(text), size, width);
            if (drawable.isEmpty()) {
                return;
            }
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(drawable);
            page.endText();
        }

        /** The text with what the font cannot draw as "?" (and line breaks as spaces). */
        private String drawable(String text) throws IOException {
            var out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                int point = text.codePointAt(i);
                String one = Character.isWhitespace(point) ? " " : new String(Character.toChars(point));
                out.append(encodes(one) ? one : "?");
                i += Character.charCount(point);
            }
            return out.toString();
        }

        private boolean encodes(String character) throws IOException {
            try {
                font.encode(character);
                return true;
            } catch (IllegalArgumentException notInTheFont) {
                return false;
            }
        }

        /** Cut to the width, with "…" (or "..") where it was cut. */
        private String fit(String text, float size, float width) throws IOException {
            if (width(text, size) <= width) {
                return text;
            }
            String ellipsis = encodes("…") ? "…" : "..";
            var cut = new ArrayList<Integer>();
            text.codePoints().forEach(cut::add);
            while (!cut.isEmpty()) {
                cut.remove(cut.size() - 1);
                var shorter = new StringBuilder();
                cut.forEach(shorter::appendCodePoint);
                String candidate = shorter.toString().stripTrailing() + ellipsis;
                if (width(candidate, size) <= width) {
                    return candidate;
                }
            }
            return "";
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        void close() throws IOException {
            if (page != null) {
                page.close();
            }
        }
    }
}
