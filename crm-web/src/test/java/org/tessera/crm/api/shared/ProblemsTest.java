package org.tessera.crm.api.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.DuplicateName;
import org.tessera.crm.shared.entity.StaleVersion;
import org.tessera.crm.shared.entity.UnknownEntity;

class ProblemsTest {

  @Test
  void aBrokenBusinessRuleIs422AndNamesTheRule() {
    Problem problem =
        Problems.from(new BusinessRuleViolation("stage.initial-not-deletable", "No."));
    assertEquals(422, problem.status());
    assertEquals("stage.initial-not-deletable", problem.rule());
    assertEquals("No.", problem.detail());
  }

  @Test
  void unknownThingsAre404AndConflictsAre409() {
    assertEquals(404, Problems.from(new UnknownEntity("Item", 5)).status());
    assertEquals(409, Problems.from(new StaleVersion("Item", 5, 1, 2)).status());
    assertEquals(409, Problems.from(new DuplicateName("Item type code", "deal")).status());
  }

  @Test
  void failuresTheContainerWrapsAreFoundInTheCauseChain() {
    assertEquals(
        409,
        Problems.from(new EJBException(new RuntimeException(new OptimisticLockException())))
            .status());
    assertEquals(403, Problems.from(new EJBAccessException("denied")).status());
    assertEquals(403, Problems.from(new AccessLocalException("not authorized")).status());
  }

  @Test
  void anUnexpectedFailureIs500WithoutItsInternals() {
    Problem unknown = Problems.from(new IllegalStateException("secret internals"));
    assertEquals(500, unknown.status());
    assertEquals("The server failed; the error is logged", unknown.detail());
  }
}
