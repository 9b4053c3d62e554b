package org.minutebook.query.platform;

import java.util.List;

/** Lists are paged: {@code page} (from 0) and {@code limit} (1 to 200); the answer says whether more follow. */
public record Paging(int page, int limit) {

    public static final int MAX_LIMIT = 200;

    public Paging {
        if (page < 0) {
            throw new BadQuery("page must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQuery("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Where the page starts among all the rows. */
    public long from() {
        return (long) page * limit;
    }

    /** This page of rows already in order (a list made in memory, such as a register as it stood). */
    public <T> Page<T> of(List<T> all) {
        int from = (int) Math.min(all.size(), from());
        int to = Math.min(all.size(), from + limit);
        return new Page<>(List.copyOf(all.subList(from, to)), page, limit, to < all.size() ? page + 1 : null);
    }

    /** This page's rows, given as found, and whether more follow. */
    public <T> Page<T> of(List<T> rows, boolean more) {
        return new Page<>(List.copyOf(rows), page, limit, more ? page + 1 : null);
    }

    /** One page of a list; {@code nextPage} is null on the last page. */
    public record Page<T>(List<T> items, int page, int limit, Integer nextPage) {
    }
}
