package org.pressroom.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeItemRepository extends JpaRepository<ProgrammeItem, Long> {

    List<ProgrammeItem> findByEventIdOrderByDayAscStartsAtAscPositionAsc(Long eventId);

    @org.springframework.data.jpa.repository.Query("select p from ProgrammeItem p where :video member of p.videoIds order by p.day, p.startsAt")
    List<ProgrammeItem> findCovering(@org.springframework.data.repository.query.Param("video") Long video);
}
