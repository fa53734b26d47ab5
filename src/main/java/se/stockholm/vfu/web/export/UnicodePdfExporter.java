package se.stockholm.vfu.web.export;

import com.lowagie.text.FontFactory;
import com.lowagie.text.pdf.BaseFont;
import org.primefaces.component.datatable.export.DataTablePDFExporter;

/**
 * PrimeFaces' PDF export of a table in a font that has every letter of a Swedish (or any Latin) name: Liberation
 * Sans, which OpenPDF carries in its jar, embedded as a Unicode subset. PrimeFaces' default asks for "Times" in
 * Identity-H, which the built-in Times cannot do, and falls back to a font without a Unicode map: the text then
 * cannot be searched or copied reliably. Registered in place of the standard one by {@link SafeExporters}.
 */
public class UnicodePdfExporter extends DataTablePDFExporter {

    static final String FONT = "vfu-export-sans";
    private static final String FONT_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

    static {
        FontFactory.register(FONT_RESOURCE, FONT);
    }

    @Override
    protected void applyFont(String fontName, String encoding) {
        super.applyFont(FONT, BaseFont.IDENTITY_H);
    }
}
