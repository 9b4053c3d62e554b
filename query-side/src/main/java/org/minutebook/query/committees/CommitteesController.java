package org.minutebook.query.committees;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.Rows;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Committees, their names over time and their members. */
@RestController
class CommitteesController {

    private final MongoCollection<Document> committees;

    CommitteesController(MongoDatabase readModels) {
        this.committees = readModels.getCollection(CommitteesProjection.NAME);
    }

    @GetMapping("/api/committees")
    Paging.Page committees(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int limit) {
        return new Paging(page, limit).apply(committees.find().sort(Sorts.ascending("name", "_id")));
    }

    @GetMapping("/api/committees/{committeeId}")
    Document committee(@PathVariable String committeeId) {
        return Rows.one(committees.find(Filters.eq("_id", committeeId)).first(),
                "No committee " + committeeId + " is recorded (or it is not projected yet)");
    }
}
