import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { cameraAvailable, createDetector } from './camera';
import { useScanService } from './react';

const EVERY_MS = 150;

/** The camera view: reads frames until a code is found, hands it to the scan service like a wedge scan. */
function CameraView({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const scanner = useScanService();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        const element = video.current;
        if (!active || !element) return;
        element.srcObject = stream;
        await element.play();
        const detector = await createDetector();
        const look = async () => {
          if (!active) return;
          const [found] = element.readyState >= 2 ? await detector.detect(element).catch(() => []) : [];
          if (!active) return;
          if (found?.rawValue) {
            onDone();
            scanner.emit({ code: found.rawValue, source: 'camera' });
            return;
          }
          timer = setTimeout(() => void look(), EVERY_MS);
        };
        void look();
      } catch (e) {
        if (active)
          setProblem(
            e instanceof Error && e.name === 'NotAllowedError' ? t('camera.denied') : t('camera.none'),
          );
      }
    })();
    return () => {
      active = false;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [scanner, onDone, t]);

  return (
    <>
      {problem ? (
        <p role="alert">{problem}</p>
      ) : (
        <video ref={video} className="camera__video" muted playsInline aria-label={t('camera.view')} />
      )}
      <Button onClick={onDone}>{t('camera.close')}</Button>
    </>
  );
}

/** "Scan with the camera", on devices that have one (tablets): one button in the frame, every screen. */
export function CameraScan() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!cameraAvailable()) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('camera.open')}</Button>
      <Dialog open={open} title={t('camera.title')} onClose={() => setOpen(false)}>
        {open && <CameraView onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}
