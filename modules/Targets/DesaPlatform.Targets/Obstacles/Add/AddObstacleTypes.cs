using DesaPlatform.SharedKernel.GraphQL;
using DesaPlatform.Targets.Domain;
using DesaPlatform.Targets.GraphQL;
using GraphQL.Types;

namespace DesaPlatform.Targets.Obstacles.Add;

internal sealed class AddObstacleInputType : InputObjectGraphType<AddObstacleInput>
{
    public AddObstacleInputType()
    {
        Name = "AddObstacleInput";
        Field(i => i.NameId).Description("Bahasa Indonesia.");
        Field(i => i.NameEn);
    }
}

internal sealed class AddObstaclePayloadType() : PayloadType<ObstacleType, Obstacle>("AddObstaclePayload", "obstacle");
