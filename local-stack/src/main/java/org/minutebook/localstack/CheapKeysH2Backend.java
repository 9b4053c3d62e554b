package org.minutebook.localstack;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.MongoDatabase;
import org.h2.mvstore.MVMap;

import java.util.List;

/**
 * mongo-java-server's file backend with its unique indexes ({@code _id} among them) compared by
 * {@link SerializedKeyOrder}: the same file, the same order, without serializing every key compared.
 */
final class CheapKeysH2Backend extends H2Backend {

    CheapKeysH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner class: its outer backend, and so the store, is set before H2Database's constructor opens the indexes
     * already in the file through {@link #openOrCreateUniqueIndex}.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            // the index's map opened first with the cheap order; H2Database then opens it by name and gets this map
            getMvStore().openMap(indexMapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new SerializedKeyOrder()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        /** H2Database's own name for an index's map (checked by CheapKeysH2BackendTest). */
        String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }
}
