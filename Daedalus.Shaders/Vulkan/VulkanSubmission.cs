namespace Daedalus.Shaders.Vulkan;

/// <summary>
/// One batch on the GPU: a descriptor set and a constant block per dispatch, all recorded into the device's
/// command buffer with a compute→compute barrier between dispatches and a compute→host barrier at the end.
/// </summary>
internal sealed unsafe class VulkanSubmission(VulkanDevice device, IReadOnlyList<DispatchCommand> commands)
{
    private readonly List<VulkanMemory> _constants = [];
    private ulong _pool;

    public void Run()
    {
        try
        {
            var pipelines = commands.Select(c => device.Pipeline(c.Info)).ToArray();
            var sets = AllocateSets(pipelines);
            Record(pipelines, sets);
            Submit();
        }
        finally
        {
            if (_pool != 0) Vk.DestroyDescriptorPool(device.Handle, _pool, null);
            foreach (var memory in _constants) memory.Dispose();
        }
    }

    private ulong[] AllocateSets(VulkanPipeline[] pipelines)
    {
        uint uniforms = 0, storage = 0;
        foreach (var command in commands)
        {
            uniforms++;
            foreach (var kind in command.Info.Resources)
            {
                if (kind == ResourceKind.Constant) uniforms++;
                else storage++;
            }
        }
        var sizes = stackalloc VkDescriptorPoolSize[2];
        sizes[0] = new VkDescriptorPoolSize { Type = Vk.DescriptorUniformBuffer, DescriptorCount = uniforms };
        sizes[1] = new VkDescriptorPoolSize { Type = Vk.DescriptorStorageBuffer, DescriptorCount = Math.Max(storage, 1) };
        var poolInfo = new VkDescriptorPoolCreateInfo
        {
            SType = Vk.StructDescriptorPoolCreateInfo, MaxSets = (uint)commands.Count, PoolSizeCount = 2, PPoolSizes = sizes,
        };
        ulong pool;
        Vk.Check(Vk.CreateDescriptorPool(device.Handle, &poolInfo, null, &pool), "vkCreateDescriptorPool");
        _pool = pool;

        var sets = new ulong[commands.Count];
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var layout = pipelines[i].SetLayout;
            var allocate = new VkDescriptorSetAllocateInfo { SType = Vk.StructDescriptorSetAllocateInfo, DescriptorPool = pool, DescriptorSetCount = 1, PSetLayouts = &layout };
            ulong set;
            Vk.Check(Vk.AllocateDescriptorSets(device.Handle, &allocate, &set), "vkAllocateDescriptorSets");
            sets[i] = set;
            Write(set, command);
        }
        return sets;
    }

    private void Write(ulong set, DispatchCommand command)
    {
        var constants = new VulkanMemory(device, (ulong)command.Constants.Length, Vk.BufferUsageUniform);
        _constants.Add(constants);
        command.Constants.CopyTo(new Span<byte>(constants.Pointer, command.Constants.Length));

        var count = command.Resources.Length + 1;
        var infos = stackalloc VkDescriptorBufferInfo[count];
        var writes = stackalloc VkWriteDescriptorSet[count];
        infos[0] = new VkDescriptorBufferInfo { Buffer = constants.Buffer, Range = Vk.WholeSize };
        for (var i = 0; i < command.Resources.Length; i++)
        {
            var memory = command.Resources[i].Storage switch
            {
                VulkanStorage storage => storage.Memory,
                VulkanConstantStorage constant => constant.Memory,
                _ => throw new InvalidOperationException($"Buffer {i} of {command.Info.Name} is not a Vulkan buffer."),
            };
            infos[i + 1] = new VkDescriptorBufferInfo { Buffer = memory.Buffer, Range = Vk.WholeSize };
        }
        for (var i = 0; i < count; i++)
        {
            writes[i] = new VkWriteDescriptorSet
            {
                SType = Vk.StructWriteDescriptorSet,
                DstSet = set,
                DstBinding = (uint)i,
                DescriptorCount = 1,
                DescriptorType = i == 0 ? Vk.DescriptorUniformBuffer : VulkanPipeline.DescriptorType(command.Info.Resources[i - 1]),
                PBufferInfo = infos + i,
            };
        }
        Vk.UpdateDescriptorSets(device.Handle, (uint)count, writes, 0, null);
    }

    private void Record(VulkanPipeline[] pipelines, ulong[] sets)
    {
        var buffer = device.CommandBuffer;
        Vk.Check(Vk.ResetCommandBuffer(buffer, 0), "vkResetCommandBuffer");
        var begin = new VkCommandBufferBeginInfo { SType = Vk.StructCommandBufferBeginInfo, Flags = Vk.CommandBufferOneTimeSubmit };
        Vk.Check(Vk.BeginCommandBuffer(buffer, &begin), "vkBeginCommandBuffer");
        // Host writes made before the submit are visible to it; this barrier is the documented form.
        Barrier(buffer, Vk.PipelineStageHost, Vk.PipelineStageComputeShader, Vk.AccessHostWrite, Vk.AccessShaderRead | Vk.AccessShaderWrite | Vk.AccessUniformRead);
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var group = command.Info.ThreadGroupSize;
            var set = sets[i];
            Vk.CmdBindPipeline(buffer, Vk.BindPointCompute, pipelines[i].Pipeline);
            Vk.CmdBindDescriptorSets(buffer, Vk.BindPointCompute, pipelines[i].Layout, 0, 1, &set, 0, null);
            Vk.CmdDispatch(buffer, Groups(command.Size.X, group.X), Groups(command.Size.Y, group.Y), Groups(command.Size.Z, group.Z));
            if (i + 1 < commands.Count)
                Barrier(buffer, Vk.PipelineStageComputeShader, Vk.PipelineStageComputeShader, Vk.AccessShaderWrite, Vk.AccessShaderRead | Vk.AccessShaderWrite);
        }
        Barrier(buffer, Vk.PipelineStageComputeShader, Vk.PipelineStageHost, Vk.AccessShaderWrite, Vk.AccessHostRead);
        Vk.Check(Vk.EndCommandBuffer(buffer), "vkEndCommandBuffer");
    }

    private static uint Groups(int threads, int groupSize) => (uint)((threads + groupSize - 1) / groupSize);

    private static void Barrier(nint buffer, uint srcStage, uint dstStage, uint srcAccess, uint dstAccess)
    {
        var barrier = new VkMemoryBarrier { SType = Vk.StructMemoryBarrier, SrcAccessMask = srcAccess, DstAccessMask = dstAccess };
        Vk.CmdPipelineBarrier(buffer, srcStage, dstStage, 0, 1, &barrier, 0, null, 0, null);
    }

    private void Submit()
    {
        var buffer = device.CommandBuffer;
        var fence = device.Fence;
        var submit = new VkSubmitInfo { SType = Vk.StructSubmitInfo, CommandBufferCount = 1, PCommandBuffers = &buffer };
        Vk.Check(Vk.QueueSubmit(device.Queue, 1, &submit, fence), "vkQueueSubmit");
        Vk.Check(Vk.WaitForFences(device.Handle, 1, &fence, 1, ulong.MaxValue), "vkWaitForFences");
        Vk.Check(Vk.ResetFences(device.Handle, 1, &fence), "vkResetFences");
    }
}
