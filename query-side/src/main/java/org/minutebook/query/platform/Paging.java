package org.minutebook.query.platform;

import com.mongodb.client.FindIterable;
import org.bson.Document;

import java.util.ArrayList;
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

    public Page apply(FindIterable<Document> found) {
        long skip = (long) page * limit;
        if (skip > Integer.MAX_VALUE) {
            // further than any list reaches (and than the driver can skip): an empty last page, not an overflow
            return new Page(List.of(), page, limit, null);
        }
        List<Document> items = new ArrayList<>();
        found.skip((int) skip).limit(limit + 1).forEach(items::add);
        boolean more = items.size() > limit;
        if (more) {
            items.remove(items.size() - 1);
        }
        items.forEach(item -> item.remove("_id"));
        return new Page(items, page, limit, more ? page + 1 : null);
    }

    /** This page of rows already in order (a list made in memory, such as a register as it stood). */
    public Page apply(List<Document> all) {
        int from = (int) Math.min(all.size(), (long) page * limit);
        int to = Math.min(all.size(), from + limit);
        List<Document> items = new ArrayList<>(all.subList(from, to));
        items.forEach(item -> item.remove("_id"));
        return new Page(items, page, limit, to < all.size() ? page + 1 : null);
    }

    /** One page of a list; {@code nextPage} is null on the last page. */
    public record Page(List<Document> items, int page, int limit, Integer nextPage) {
    }
}
