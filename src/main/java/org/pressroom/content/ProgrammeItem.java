package org.pressroom.content;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One slot of an event's programme: a day, a local time, a room, and who may cover it how. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "programme_item")
class ProgrammeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "event_id")
    Long eventId;
    int day;
    @Column(name = "starts_at")
    LocalTime startsAt;
    @Column(name = "ends_at")
    LocalTime endsAt;
    String room;
    @Enumerated(EnumType.STRING)
    Access access;
    @Enumerated(EnumType.STRING)
    Coverage coverage;
    /** Languages of the briefing, as language tags. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> languages = new ArrayList<>();
    int position;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "programme_item_id", nullable = false)
    @MapKey(name = "lang")
    Map<String, ProgrammeItemText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "programme_item_transcript", joinColumns = @JoinColumn(name = "programme_item_id"))
    @Column(name = "transcript_id")
    Set<Long> transcriptIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "programme_item_photo", joinColumns = @JoinColumn(name = "programme_item_id"))
    @Column(name = "photo_id")
    Set<Long> photoIds = new LinkedHashSet<>();

    /** Videos of the media module covering this item; only the published ones are shown. */
    @ElementCollection
    @CollectionTable(name = "programme_item_video", joinColumns = @JoinColumn(name = "programme_item_id"))
    @Column(name = "video_id")
    Set<Long> videoIds = new LinkedHashSet<>();

    protected ProgrammeItem() {
    }

    ProgrammeItem(Long eventId, int day, LocalTime startsAt, LocalTime endsAt, String room, Access access,
                  Coverage coverage, List<String> languages) {
        this.eventId = eventId;
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
        this.access = access;
        this.coverage = coverage;
        this.languages = new ArrayList<>(languages);
    }
}
