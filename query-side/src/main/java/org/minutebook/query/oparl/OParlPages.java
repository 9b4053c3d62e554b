package org.minutebook.query.oparl;

import org.minutebook.query.platform.Paging;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The pages of an external object list, as OParl writes them: numbered from 1 ({@code page}), {@code limit}
 * objects each (50 unless asked, at most {@value org.minutebook.query.platform.Paging#MAX_LIMIT}), with links to
 * the first, this and the next page that keep the filters asked for.
 */
final class OParlPages {

    static final int DEFAULT_LIMIT = 50;

    private OParlPages() {
    }

    /**
     * The paging asked for: {@code page} from 1; a {@code limit} past the most a page holds is taken as that most
     * (OParl's clients may not expect a server to honour it), one under 1 refused.
     */
    static Paging paging(int page, int limit) {
        return new Paging(page - 1, Math.min(limit, Paging.MAX_LIMIT));
    }

    /** A page of objects made from a page of the list's rows. */
    static <T> OParlList<T> list(String url, TimeFilters filters, Paging.Page<?> rows, List<T> objects) {
        int page = rows.page() + 1;
        return new OParlList<>(objects, new OParlList.Pagination(rows.limit(), page), new OParlList.Links(
                link(url, filters, 1, rows.limit()), link(url, filters, page, rows.limit()),
                rows.nextPage() == null ? null : link(url, filters, page + 1, rows.limit())));
    }

    /** A page of a list read whole (a council's committees, the councils). */
    static <T> OParlList<T> list(String url, TimeFilters filters, List<T> all, Paging paging) {
        Paging.Page<T> page = paging.of(all);
        return list(url, filters, page, page.items());
    }

    private static String link(String url, TimeFilters filters, int page, int limit) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(url);
        filters.parameters().forEach(link::queryParam);
        return link.queryParam("page", page).queryParam("limit", limit).encode().build().toUriString();
    }
}
