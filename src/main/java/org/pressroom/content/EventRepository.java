package org.pressroom.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long> {

    String PUBLIC = " e.status = org.pressroom.content.PublicationStatus.PUBLISHED and e.publishedAt <= :now"
            + " and (e.embargoUntil is null or e.embargoUntil <= :now) ";
    String IN_LANGUAGE = " exists (select t.id from EventText t where t.eventId = e.id and t.lang = :lang) ";

    /** Events not yet over anywhere on Earth on {@code day} (a day either side of it covers every time zone). */
    @Query("select e from Event e where" + PUBLIC + "and" + IN_LANGUAGE + "and e.endsOn >= :day order by e.startsOn, e.id")
    List<Event> findPublicEndingFrom(@Param("day") LocalDate day, @Param("lang") String lang, @Param("now") Instant now);

    /** Events whose last day is over in their own time zone, latest first. */
    @Query(nativeQuery = true, value = "select e.* from event e where e.status = 'PUBLISHED' and e.published_at <= :now"
            + " and (e.embargo_until is null or e.embargo_until <= :now)"
            + " and e.ends_on < cast(cast(:now as timestamptz) at time zone e.time_zone as date)"
            + " and exists (select 1 from event_text t where t.event_id = e.id and t.lang = :lang)"
            + " order by e.starts_on desc, e.id desc",
            countQuery = "select count(*) from event e where e.status = 'PUBLISHED' and e.published_at <= :now"
            + " and (e.embargo_until is null or e.embargo_until <= :now)"
            + " and e.ends_on < cast(cast(:now as timestamptz) at time zone e.time_zone as date)"
            + " and exists (select 1 from event_text t where t.event_id = e.id and t.lang = :lang)")
    Page<Event> findPublicPast(@Param("lang") String lang, @Param("now") Instant now, Pageable page);

    @Query("select e from Event e where" + PUBLIC + "and" + IN_LANGUAGE
            + "and e.startsOn <= :last and e.endsOn >= :first order by e.startsOn, e.id")
    List<Event> findPublicBetween(@Param("first") LocalDate first, @Param("last") LocalDate last,
                                  @Param("lang") String lang, @Param("now") Instant now);

    @Query("select e from Event e where" + PUBLIC + "order by e.startsOn desc")
    List<Event> findAllPublic(@Param("now") Instant now);

    @Query("select e from Event e where" + PUBLIC + "and e.id = :id")
    Optional<Event> findPublic(@Param("id") Long id, @Param("now") Instant now);

    Optional<Event> findByDemoKey(String demoKey);
}
