package studio.backprop.rendering.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;

/**
 * SVG and PDF exports keep every number as text, as the window shows it, in the window's colours and dashes,
 * without starting JavaFX. The numbers are the lecture's published ones (Mazur's worked example).
 */
class VectorExportTest {
    private final NetworkDocument lecture = TestDocuments.lecture();
    private final Trace trace = TestDocuments.compute().compute(lecture);
    private final int end = trace.steps().size();

    private static byte[] export(Document document, Trace trace, ExportView view, int step, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(document, trace, view, step, format, ExportOptions.defaults(), out);
        return out.toByteArray();
    }

    private static org.w3c.dom.Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<String> texts(org.w3c.dom.Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < nodes.getLength(); k++) texts.add(nodes.item(k).getTextContent());
        return texts;
    }

    @Test
    void theSvgOfTheNetworkHasEveryLectureNumberAsText() throws Exception {
        org.w3c.dom.Document svg = parse(export(lecture, trace, ExportView.NETWORK, end, ExportFormat.SVG));
        List<String> texts = texts(svg);
        assertThat(texts).contains("net 1.105905967", "out 0.75136507", "∂E/∂w5 0.082167041", "w5⁺ = 0.35891648",
                "E_total = 0.298371109", "∂E/∂w8 -0.022740242", "δ -0.038098237");
        assertThat(svg.getDocumentElement().getAttribute("width")).isNotEmpty();
    }

    @Test
    void theSvgKeepsTheWindowsColoursAndDashesNegativeGradientsDashed() throws Exception {
        String svg = new String(export(lecture, trace, ExportView.NETWORK, end, ExportFormat.SVG), StandardCharsets.UTF_8);
        org.w3c.dom.Document document = parse(svg.getBytes(StandardCharsets.UTF_8));
        int dashed = 0;
        for (String tag : new String[] {"line", "path"}) {
            NodeList shapes = document.getElementsByTagNameNS("*", tag);
            for (int k = 0; k < shapes.getLength(); k++) {
                if (((Element) shapes.item(k)).getAttribute("style").contains("stroke-dasharray:7.0,5.0")) dashed++;
            }
        }
        // w7, w8 (negative), the two target ticks, and nothing before the backward pass
        assertThat(dashed).isGreaterThanOrEqualTo(4);
        assertThat(svg).contains("rgb(31,35,40)").contains("DejaVu Sans");
        String before = new String(export(lecture, trace, ExportView.NETWORK, 0, ExportFormat.SVG), StandardCharsets.UTF_8);
        // "?" holds a gradient's place until it is computed
        assertThat(texts(parse(before.getBytes(StandardCharsets.UTF_8)))).noneMatch(t -> t.startsWith("∂E/∂w") && !t.endsWith("?"));
    }

    @Test
    void theGraphOfAnExpressionAndAnEquationExportAsSvg() throws Exception {
        ExpressionDocument expression = new ExpressionDocument(TestDocuments.EXPRESSION, Map.of("x", -2.0, "y", 5.0, "z", -4.0));
        Trace graph = TestDocuments.compute().compute(expression);
        List<String> texts = texts(parse(export(expression, graph, ExportView.GRAPH, graph.steps().size(), ExportFormat.SVG)));
        assertThat(texts).contains("-4", "-12", "3");
        org.w3c.dom.Document equation = parse(export(lecture, trace, ExportView.EQUATION, 16, ExportFormat.SVG));
        assertThat(equation.getElementsByTagNameNS("*", "path").getLength()).isGreaterThan(10);
        assertThatThrownBy(() -> export(expression, graph, ExportView.NETWORK, 1, ExportFormat.SVG))
                .hasMessageContaining("network document");
        assertThatThrownBy(() -> export(lecture, trace, ExportView.EQUATION, 0, ExportFormat.PDF)).hasMessageContaining("needs a step");
        assertThatThrownBy(() -> export(lecture, trace, ExportView.GRAPH, end + 1, ExportFormat.SVG)).hasMessageContaining("does not exist");
    }

    @Test
    void thePdfHasTheNumbersAsRealTextInAnEmbeddedFont() throws Exception {
        byte[] bytes = export(lecture, trace, ExportView.NETWORK, end, ExportFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isOne();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("∂E/∂w5 0.082167041", "w5⁺ = 0.35891648", "E_total = 0.298371109", "δ -0.038098237");
            List<PDFont> fonts = fonts(pdf.getPage(0).getResources());
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).anyMatch(f -> f.getName().contains("DejaVuSans"));
        }
    }

    @Test
    void theEquationAndTheGraphExportAsPdf() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(lecture, trace, ExportView.EQUATION, 16, ExportFormat.PDF))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(200);
        }
        try (PDDocument pdf = Loader.loadPDF(export(lecture, trace, ExportView.GRAPH, 20, ExportFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("0.74136507");
        }
    }

    /** Every font of the page, also those inside form XObjects (the Graphics2D bridge draws into one). */
    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        if (resources == null) return fonts;
        for (COSName name : resources.getFontNames()) fonts.add(resources.getFont(name));
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) fonts.addAll(fonts(form.getResources()));
        }
        return fonts;
    }

    @Test
    void aFileIsWrittenWholeOrNotAtAll(@TempDir Path folder) throws IOException {
        Path svg = folder.resolve("slides/network.svg");
        Exporter.export(lecture, trace, ExportView.NETWORK, end, ExportFormat.SVG, ExportOptions.defaults(), svg);
        assertThat(Files.readString(svg)).contains("0.082167041");
        ExpressionDocument expression = new ExpressionDocument(TestDocuments.EXPRESSION, Map.of("x", -2.0, "y", 5.0, "z", -4.0));
        Trace graph = TestDocuments.compute().compute(expression);
        Path refused = folder.resolve("refused.svg");
        assertThatThrownBy(() -> Exporter.export(expression, graph, ExportView.NETWORK, 1, ExportFormat.SVG, ExportOptions.defaults(), refused))
                .hasMessageContaining("network document");
        assertThat(refused).doesNotExist();
        try (var left = Files.list(folder.resolve("slides"))) {
            assertThat(left).containsExactly(svg);
        }
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertThat(ExportFormat.fromExtension(Path.of("out/net.SVG"))).contains(ExportFormat.SVG);
        assertThat(ExportFormat.fromExtension(Path.of("net.tex"))).contains(ExportFormat.TIKZ);
        assertThat(ExportFormat.fromExtension(Path.of("pass.gif"))).contains(ExportFormat.GIF);
        assertThat(ExportFormat.fromExtension(Path.of("net"))).isEmpty();
        assertThat(ExportFormat.fromExtension(Path.of("net.jpg"))).isEmpty();
        assertThat(ExportFormat.parse("tikz")).isEqualTo(ExportFormat.TIKZ);
        assertThatThrownBy(() -> ExportFormat.parse("eps")).hasMessageContaining("png, svg, pdf, tikz, gif");
    }
}
