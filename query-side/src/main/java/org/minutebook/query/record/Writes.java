package org.minutebook.query.record;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes of documents keyed by {@code _id}, in one bulk write each: those known to be new are inserted, the others
 * replaced. An insert costs the MongoDB-wire server far less than a replace (which looks the document up, works out
 * the change and copies it), and in a rebuild nearly every document is new. One found there after all (written
 * before a projection stopped half-way) is replaced, so a write done twice changes nothing.
 */
final class Writes {

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private Writes() {
    }

    static <T> void write(MongoCollection<T> collection, List<T> inserted, List<T> replaced, Function<T, Object> id) {
        if (!inserted.isEmpty()) {
            try {
                collection.bulkWrite(inserted.stream().<WriteModel<T>>map(InsertOneModel::new).toList(), UNORDERED);
            } catch (MongoBulkWriteException failed) {
                List<T> there = new ArrayList<>();
                for (BulkWriteError error : failed.getWriteErrors()) {
                    if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                        throw failed;
                    }
                    there.add(inserted.get(error.getIndex()));
                }
                replace(collection, there, id);
            }
        }
        replace(collection, replaced, id);
    }

    private static <T> void replace(MongoCollection<T> collection, List<T> documents, Function<T, Object> id) {
        if (!documents.isEmpty()) {
            collection.bulkWrite(documents.stream().<WriteModel<T>>map(document -> new ReplaceOneModel<>(
                    Filters.eq("_id", id.apply(document)), document, UPSERT)).toList(), UNORDERED);
        }
    }
}
