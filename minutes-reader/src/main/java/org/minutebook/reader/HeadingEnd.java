package org.minutebook.reader;

import java.util.List;
import java.util.regex.Pattern;

/** Where a page's heading ends: after the "No. Item" (or "Items") line that tops a ModernGov list of items. */
final class HeadingEnd {

    private static final Pattern ITEMS_HEADER = Pattern.compile(
            "^\\s*(?:No\\.?\\s*\\|?\\s*Item\\s*\\|?|Items|Item\\s*\\|?\\s*No\\.?|-{2,}\\|-{2,}\\|?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private HeadingEnd() {
    }

    /** The index of the first line after the items header, or -1 when the page has none. */
    static int after(List<Line> lines) {
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (ITEMS_HEADER.matcher(lines.get(i).text()).matches()) {
                end = i + 1;
            } else if (end >= 0 && !lines.get(i).blank()) {
                return end;
            }
        }
        return end;
    }
}
