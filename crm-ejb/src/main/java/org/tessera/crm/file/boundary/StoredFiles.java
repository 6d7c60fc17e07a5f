package org.tessera.crm.file.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.file.entity.StoredFile;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.UnknownEntity;

/** Uploading files and handing them out again to those who may see them. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class StoredFiles {

  @PersistenceContext EntityManager em;
  @EJB Users users;
  @EJB FieldValues fieldValues;

  @Inject
  @ConfigProperty(name = "crm.files.max-bytes", defaultValue = "10485760")
  long maxBytes;

  /** Stores a file; more than the allowed size is refused without reading it all. */
  public StoredFile upload(String name, String contentType, InputStream content)
      throws IOException {
    byte[] read = content.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    StoredFile file = new StoredFile(name, contentType, read, maxBytes, users.current().getId());
    em.persist(file);
    return file;
  }

  /**
   * A file the signed-in user uploaded, or one a field they may see holds; any other is answered as
   * unknown, so that file ids tell nothing.
   */
  public StoredFile download(long fileId) {
    StoredFile file = em.find(StoredFile.class, fileId);
    if (file == null || !fieldValues.mayRead(file)) {
      throw new UnknownEntity("File", fileId);
    }
    return file;
  }

  /** The names of files by id, for showing file fields. */
  public Map<Long, String> names(Collection<Long> fileIds) {
    Map<Long, String> names = new HashMap<>();
    if (!fileIds.isEmpty()) {
      em.createNamedQuery(StoredFile.NAMES, Object[].class)
          .setParameter("ids", fileIds)
          .getResultStream()
          .forEach(row -> names.put((Long) row[0], (String) row[1]));
    }
    return names;
  }
}
