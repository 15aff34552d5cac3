package org.pressroom.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeItemRepository extends JpaRepository<ProgrammeItem, Long> {

    List<ProgrammeItem> findByEventIdOrderByDayAscStartsAtAscPositionAsc(Long eventId);
}
