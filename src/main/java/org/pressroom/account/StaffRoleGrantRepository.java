package org.pressroom.account;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRoleGrantRepository extends JpaRepository<StaffRoleGrant, Long> {

    @Query("select g from StaffRoleGrant g where g.accountId = ?1 and g.revokedAt is null")
    List<StaffRoleGrant> findLive(UUID accountId);

    @Query("select g from StaffRoleGrant g where g.revokedAt is null order by g.grantedAt")
    List<StaffRoleGrant> findAllLive();

    @Query("select count(g) > 0 from StaffRoleGrant g, Account a where g.revokedAt is null and a.id = g.accountId"
            + " and a.status <> org.pressroom.account.Account.Status.DELETED")
    boolean anyLive();
}
