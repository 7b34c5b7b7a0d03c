from pipeline.stages import run_stages

if __name__ == '__main__':
    run_stages(['extract', 'load'], '/tmp/ckpt')
