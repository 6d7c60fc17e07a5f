package org.tessera.crm.api.stage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.tessera.crm.api.shared.PageView;
import org.tessera.crm.api.stage.StageRequests.NewPipeline;
import org.tessera.crm.api.stage.StageRequests.NewStage;
import org.tessera.crm.api.stage.StageRequests.PipelineRename;
import org.tessera.crm.api.stage.StageRequests.StageOrder;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.boundary.Stages;
import org.tessera.crm.stage.entity.Pipeline;
import org.tessera.crm.stage.entity.Stage;

@Path("pipelines")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PipelinesResource {

  @EJB Pipelines pipelines;
  @EJB Stages stages;

  @GET
  public PageView<PipelineView> list(
      @QueryParam("type") @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String type,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return PageView.of(pipelines.ofType(type, new PageRequest(page, size)), PipelineView::of);
  }

  @GET
  @Path("{id}")
  public PipelineView get(@PathParam("id") long id) {
    return PipelineView.of(pipelines.find(id));
  }

  @POST
  public Response create(@NotNull @Valid NewPipeline request, @Context UriInfo uri) {
    Pipeline pipeline = pipelines.create(request.type(), request.name());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(pipeline.getId())).build())
        .entity(PipelineView.of(pipeline))
        .build();
  }

  @PUT
  @Path("{id}")
  public PipelineView rename(@PathParam("id") long id, @NotNull @Valid PipelineRename request) {
    return PipelineView.of(pipelines.rename(id, request.version(), request.name()));
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    pipelines.delete(id);
  }

  /** A pipeline's stages in order; a pipeline has a handful, so they come in one piece. */
  @GET
  @Path("{id}/stages")
  public List<StageView> stages(@PathParam("id") long id) {
    return pipelines.find(id).getStages().stream().map(StageView::of).toList();
  }

  @POST
  @Path("{id}/stages")
  public Response addStage(
      @PathParam("id") long id, @NotNull @Valid NewStage request, @Context UriInfo uri) {
    Stage stage = stages.add(id, request.name(), request.color(), request.semantics());
    return Response.created(
            uri.getBaseUriBuilder().path(StagesResource.class).path("{id}").build(stage.getId()))
        .entity(StageView.of(stage))
        .build();
  }

  @PUT
  @Path("{id}/stages/order")
  public PipelineView reorder(@PathParam("id") long id, @NotNull @Valid StageOrder order) {
    return PipelineView.of(stages.reorder(id, order.stageIds()));
  }
}
