package org.minutebook.query.meetings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.minutebook.query.platform.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.mongodb.client.model.Filters.eq;

@RestController
@RequestMapping("/api/meetings")
class MeetingsController {

    private final MongoCollection<MeetingView> meetings;

    MeetingsController(MongoDatabase readModels) {
        this.meetings = readModels.getCollection(MeetingsProjection.NAME, MeetingView.class);
    }

    @GetMapping("/{meetingId}")
    MeetingView meeting(@PathVariable String meetingId) {
        MeetingView meeting = meetings.find(eq("_id", meetingId)).first();
        if (meeting == null) {
            throw new NotFound("No meeting " + meetingId + " is recorded (or it is not projected yet)");
        }
        return meeting;
    }
}
