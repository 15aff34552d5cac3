package org.pressroom.backoffice;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Entries matching every filter given (an empty filter matches all), newest first. */
    @Query("""
            select e from AuditEntry e
            where (:action = '' or e.action = :action)
              and (:itemType = '' or e.itemType = :itemType)
              and (:actor = '' or lower(e.actor) like lower(concat('%', :actor, '%')))
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEntry> search(String action, String itemType, String actor, Instant from, Instant to, Pageable page);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    java.util.List<String> actions();

    @Query("select distinct e.itemType from AuditEntry e order by e.itemType")
    java.util.List<String> itemTypes();
}
